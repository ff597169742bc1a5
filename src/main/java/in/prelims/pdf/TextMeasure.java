package in.prelims.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * Advance widths of the embedded Noto Sans, so text can be fitted into a fixed box before the PDF is
 * rendered. Immutable after construction, so one instance serves every thread.
 */
public final class TextMeasure {

    private static final int BMP = 0x10000;
    private static final TextMeasure NOTO_SANS = new TextMeasure();

    /** Width in ems of each Basic Multilingual Plane character; 0 where the font has no glyph. */
    private final float[] regular;

    private final float[] bold;

    private TextMeasure() {
        regular = widths("fonts/NotoSans-Regular.ttf");
        bold = widths("fonts/NotoSans-Bold.ttf");
    }

    public static TextMeasure notoSans() {
        return NOTO_SANS;
    }

    /** The width of a single line of {@code text}, in ems of the font size. */
    public double widthEm(String text, boolean boldFace) {
        float[] table = boldFace ? bold : regular;
        double width = 0;
        for (int i = 0; i < text.length(); i++) {
            float w = table[text.charAt(i)];
            width += w > 0 ? w : table['M'];
        }
        return width;
    }

    private static float[] widths(String resource) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(AppResources.read(resource)))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            float unitsPerEm = font.getUnitsPerEm();
            float[] table = new float[BMP];
            for (int c = 0; c < BMP; c++) {
                int glyph = cmap.getGlyphId(c);
                table[c] = glyph == 0 ? 0 : font.getAdvanceWidth(glyph) / unitsPerEm;
            }
            return table;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + resource, e);
        }
    }
}
