package in.prelims.pdf;

import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.PDFTextStripperByArea;
import org.apache.pdfbox.text.TextPosition;

/** Reads text back out of our PDFs with PDFBox: a page, a region in millimetres, or every glyph's place. */
public final class PdfText {

    public static final double PT_PER_MM = 72 / 25.4;

    /** One glyph: its text and where its baseline starts, in millimetres from the page's top-left corner. */
    public record Glyph(String text, double xMm, double yMm, double sizePt) {}

    private PdfText() {}

    public static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        } catch (IOException e) {
            throw new UncheckedIOException("not a PDF", e);
        }
    }

    /** The text of one page (0-based) in reading order: line by line, left to right, wherever it was drawn. */
    public static String page(PDDocument doc, int page) {
        return text(doc, page + 1, page + 1);
    }

    public static String all(PDDocument doc) {
        return text(doc, 1, doc.getNumberOfPages());
    }

    private static String text(PDDocument doc, int first, int last) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(first);
            stripper.setEndPage(last);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text inside a rectangle of a page (0-based), the rectangle in millimetres from the top-left corner. */
    public static String region(PDDocument doc, int page, double xMm, double yMm, double widthMm, double heightMm) {
        try {
            PDFTextStripperByArea stripper = new PDFTextStripperByArea();
            stripper.addRegion(
                    "r",
                    new Rectangle2D.Double(
                            xMm * PT_PER_MM, yMm * PT_PER_MM, widthMm * PT_PER_MM, heightMm * PT_PER_MM));
            stripper.extractRegions(doc.getPage(page));
            return stripper.getTextForRegion("r");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every glyph of a page (0-based) with its position, clipped text included. */
    public static List<Glyph> glyphs(PDDocument doc, int page) {
        List<Glyph> glyphs = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition p) {
                    glyphs.add(new Glyph(
                            p.getUnicode(),
                            p.getXDirAdj() / PT_PER_MM,
                            p.getYDirAdj() / PT_PER_MM,
                            p.getFontSizeInPt()));
                }
            };
            stripper.setStartPage(page + 1);
            stripper.setEndPage(page + 1);
            stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return glyphs;
    }

    /**
     * Whitespace, line breaks included, squeezed to single spaces: text that wrapped compares equal, also where it
     * wrapped after a hyphen ("Cross-" at a line's end, "Servicing" on the next).
     */
    public static String squeeze(String text) {
        return text.replaceAll("\\s+", " ")
                .replaceAll("(?<=\\p{L})- (?=\\p{L})", "-")
                .trim();
    }
}
