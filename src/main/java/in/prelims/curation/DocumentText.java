package in.prelims.curation;

import in.prelims.error.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Plain text from what a curator pastes or uploads: text as it is, HTML without markup, PDF by PDFBox. */
final class DocumentText {

    private DocumentText() {}

    static String of(String fileName, byte[] bytes) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".pdf") || startsWith(bytes, "%PDF")) return pdf(bytes);
        String text = new String(bytes, StandardCharsets.UTF_8);
        return name.endsWith(".html")
                        || name.endsWith(".htm")
                        || text.stripLeading().startsWith("<")
                ? html(text)
                : text;
    }

    static String html(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", " ")
                .replaceAll("(?i)<br\\s*/?>|</(p|div|h[1-6]|li|tr|title)>", "\n\n")
                .replaceAll("<[^>]+>", " ")
                .replace("&nbsp;", " ")
                .replace("&amp;", "&")
                .replace("&#8377;", "₹")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replaceAll("[ \\t]+", " ")
                .replaceAll("\\n[ \\t]+", "\n")
                .replaceAll("\\n{3,}", "\n\n")
                .trim();
    }

    private static String pdf(byte[] bytes) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf).trim();
        } catch (IOException e) {
            throw new InvalidInputException("file", "The file could not be read as a PDF: " + e.getMessage());
        }
    }

    private static boolean startsWith(byte[] bytes, String prefix) {
        return bytes.length >= prefix.length()
                && new String(bytes, 0, prefix.length(), StandardCharsets.ISO_8859_1).equals(prefix);
    }
}
