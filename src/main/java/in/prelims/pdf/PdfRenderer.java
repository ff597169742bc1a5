package in.prelims.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import in.prelims.error.RetryLaterException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Turns Qute-rendered XHTML into a PDF with Noto Sans embedded. The same XHTML gives the same bytes:
 * the document dates and the file identifier are fixed instead of taken from the clock.
 */
@ApplicationScoped
public class PdfRenderer {

    /** The family name the print stylesheets use, page-margin boxes included. */
    public static final String FONT_FAMILY = "Noto Sans";

    private static final String BASE_URI = AppResources.PROTOCOL + ":/";
    private static final Calendar FIXED_DATE = fixedDate();

    static {
        XRLog.setLoggerImpl(new RendererLog());
    }

    private final byte[] regular = AppResources.read("fonts/NotoSans-Regular.ttf");
    private final byte[] bold = AppResources.read("fonts/NotoSans-Bold.ttf");

    @Inject
    PdfLimits limits;

    private Semaphore renderers;

    @PostConstruct
    void create() {
        renderers = new Semaphore(limits.concurrent(), true);
    }

    /**
     * Renders once one of {@link PdfLimits#concurrent()} renderers is free.
     *
     * @throws RetryLaterException (503) when none is free within {@link PdfLimits#queueWait()}
     */
    public byte[] render(String xhtml, String title) {
        try {
            if (!renderers.tryAcquire(limits.queueWait().toMillis(), TimeUnit.MILLISECONDS)) {
                throw RetryLaterException.busy(
                        limits.retryAfterSeconds(),
                        "Many PDFs are being made right now; this one was not started. Try again in a few seconds.");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw RetryLaterException.busy(limits.retryAfterSeconds(), "The server is stopping; try again shortly.");
        }
        try {
            return renderNow(xhtml, title);
        } finally {
            renderers.release();
        }
    }

    private byte[] renderNow(String xhtml, String title) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        try (PDDocument document = new PDDocument();
                TrueTypeFont regularFont = withoutGlyphSubstitution(regular);
                TrueTypeFont boldFont = withoutGlyphSubstitution(bold)) {
            PdfRendererBuilder builder = new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .withHtmlContent(xhtml, BASE_URI)
                    .useProtocolsStreamImplementation(new AppResources(), AppResources.PROTOCOL)
                    .useExternalResourceAccessControl(
                            (uri, type) -> uri != null && uri.startsWith(BASE_URI),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .useFont(
                            new PDFontSupplier(PDType0Font.load(document, regularFont, true)),
                            FONT_FAMILY,
                            400,
                            FontStyle.NORMAL,
                            true)
                    .useFont(
                            new PDFontSupplier(PDType0Font.load(document, boldFont, true)),
                            FONT_FAMILY,
                            700,
                            FontStyle.NORMAL,
                            true)
                    .withProducer("Prelims Practice");
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFKeepOpen();
                fixMetadata(document, title, xhtml);
                document.save(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
        return out.toByteArray();
    }

    /**
     * The font with OpenType substitutions (ligatures) switched off: PDFBox applies them with regular
     * expressions compiled for every run of text, which made a 400-card deck take seconds; without them
     * "fi" also stays two letters for search and text extraction.
     */
    private static TrueTypeFont withoutGlyphSubstitution(byte[] ttf) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        font.setEnableGsub(false);
        return font;
    }

    private static void fixMetadata(PDDocument document, String title, String xhtml) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(title);
        info.setCreationDate(FIXED_DATE);
        info.setModificationDate(FIXED_DATE);
        COSString id = new COSString(contentHash(xhtml));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    /** A file identifier derived from the content, as the PDF specification allows, instead of the clock. */
    private static byte[] contentHash(String xhtml) {
        try {
            return MessageDigest.getInstance("MD5").digest(xhtml.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Calendar fixedDate() {
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(2000, Calendar.JANUARY, 1);
        return date;
    }
}
