package in.prelims.flashcard;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import in.prelims.pdf.PdfText;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The PDF deck read back with PDFBox: every back behind its front, page counts, fold-over, no spilled text. */
@QuarkusTest
class FlashcardPdfTest {

    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");
    /** A margin kept off each cell's edges when reading it, so a neighbour's text never counts. */
    private static final double INSET_MM = 1;

    @Inject
    FlashcardDecks decks;

    static byte[] pdf(Map<String, ?> query) {
        return given().queryParams(query)
                .when()
                .get("/flashcards.pdf")
                .then()
                .statusCode(200)
                .contentType("application/pdf")
                .extract()
                .asByteArray();
    }

    Deck deck(Map<String, String> query) {
        DeckParams p = new DeckParams();
        p.count = query.get("count");
        p.seed = query.get("seed");
        p.perPage = query.get("perPage");
        p.paper = query.get("paper");
        p.duplex = query.get("duplex");
        p.kinds = query.containsKey("kinds") ? List.of(query.get("kinds")) : null;
        return decks.build(DeckOptions.parse(p));
    }

    @ParameterizedTest
    @ValueSource(ints = {4, 6, 8, 10})
    void eachBackLandsBehindItsFrontAfterALongEdgeFlip(int perPage) throws IOException {
        Map<String, String> query = Map.of(
                "count",
                String.valueOf(2 * perPage + 1),
                "seed",
                "17",
                "perPage",
                String.valueOf(perPage),
                "paper",
                perPage == 6 ? "letter" : "a4");
        Deck deck = deck(query);
        CardLayout layout = deck.layout();
        try (PDDocument doc = PdfText.load(pdf(query))) {
            assertThat(doc.getNumberOfPages())
                    .as("fronts and backs of three sheets")
                    .isEqualTo(6);
            int checked = 0;
            for (int page = 0; page < doc.getNumberOfPages(); page += 2) {
                for (int row = 0; row < layout.rows(); row++) {
                    for (int column = 0; column < CardLayout.COLUMNS; column++) {
                        String front = cell(doc, page, layout, row, column);
                        Matcher m = NUMBER.matcher(front);
                        if (!m.find()) {
                            continue;
                        }
                        Card card = deck.cards().get(Integer.parseInt(m.group(1)) - 1);
                        assertThat(PdfText.squeeze(front)).contains(firstWords(card.front()));
                        int mirrored = CardLayout.COLUMNS - 1 - column;
                        String back = PdfText.squeeze(cell(doc, page + 1, layout, row, mirrored));
                        assertThat(back)
                                .as("the back behind card #%d", card.number())
                                .contains("#" + card.number() + " ")
                                .contains(PdfText.squeeze(card.answer()));
                        checked++;
                    }
                }
            }
            assertThat(checked).isEqualTo(2 * perPage + 1);
        }
    }

    @Test
    void foldOverPutsEachFrontBesideItsBack() throws IOException {
        Map<String, String> query = Map.of("count", "7", "seed", "5", "perPage", "6", "duplex", "false");
        Deck deck = deck(query);
        CardLayout layout = deck.layout();
        try (PDDocument doc = PdfText.load(pdf(query))) {
            assertThat(doc.getNumberOfPages()).as("three cards to a page").isEqualTo(3);
            for (Card card : deck.cards()) {
                int page = (card.number() - 1) / layout.rows();
                int row = (card.number() - 1) % layout.rows();
                assertThat(PdfText.squeeze(cell(doc, page, layout, row, 0)))
                        .startsWith("#" + card.number() + " ")
                        .contains(firstWords(card.front()));
                assertThat(PdfText.squeeze(cell(doc, page, layout, row, 1)))
                        .startsWith("#" + card.number() + " ")
                        .contains(PdfText.squeeze(card.answer()));
            }
            assertThat(PdfText.page(doc, 0)).contains("fold on the dotted line").contains("Page 1 of 3");
        }
    }

    @Test
    void fourHundredCardsStillWorkAndNoTextSpillsOutOfItsCard() throws IOException {
        Map<String, String> query = Map.of(
                "count",
                "400",
                "seed",
                "3",
                "perPage",
                "10",
                "kinds",
                "flashcard,mcq,cloze,true-false,statements,how-many,pairs,chronology");
        Deck deck = deck(query);
        // the shipped base runs out a little before 400 (a made-up wrong value is shown once, a fact once per batch)
        int cards = deck.cards().size();
        assertThat(cards).isBetween(370, 400);
        int pages = 2 * ((cards + 9) / 10); // a page of fronts, then a page of backs
        CardLayout layout = deck.layout();
        try (PDDocument doc = PdfText.load(pdf(query))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(pages);
            assertThat(PdfText.page(doc, pages - 1)).contains("#" + cards).contains("Page " + pages + " of " + pages);
            for (int page = 0; page < doc.getNumberOfPages(); page++) {
                for (PdfText.Glyph g : PdfText.glyphs(doc, page)) {
                    assertThat(spilled(g, layout))
                            .as("page %d: '%s' at %.1f mm outside its card's text box", page + 1, g.text(), g.yMm())
                            .isFalse();
                }
            }
        }
    }

    /** True when a glyph sits in a card's bottom padding or above its number line: text that overflowed. */
    private static boolean spilled(PdfText.Glyph g, CardLayout layout) {
        double top = CardLayout.MARGIN_TOP_MM;
        double bottom = top + layout.gridHeightMm();
        if (g.yMm() < top || g.yMm() > bottom + 3 || g.text().isBlank()) {
            return false;
        }
        int row = Math.min(layout.rows() - 1, (int) ((g.yMm() - top) / layout.cardHeightMm()));
        double inCard = g.yMm() - top - row * layout.cardHeightMm();
        return inCard > layout.cardHeightMm() - CardLayout.PADDING_MM + 0.3 || inCard < 2.5;
    }

    @Test
    void sameSeedSameBytesAndTheFontIsEmbedded() throws IOException {
        Map<String, String> query = Map.of("count", "12", "seed", "99", "perPage", "8");
        byte[] first = pdf(query);
        assertThat(pdf(query)).isEqualTo(first);
        try (PDDocument doc = PdfText.load(first)) {
            for (COSName name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.getName()).contains("NotoSans");
                assertThat(font.isEmbedded()).isTrue();
            }
            assertThat(PdfText.page(doc, 0))
                    .contains("Prelims flashcards")
                    .contains("fronts of cards #1–#8")
                    .contains("Page 1 of 4");
            assertThat(PdfText.page(doc, 1)).contains("flip on the long edge");
            assertThat(doc.getDocumentInformation().getCreationDate().get(Calendar.YEAR))
                    .isEqualTo(2000);
        }
    }

    @Test
    void badParametersAre400sNamingThem() {
        expect400("perPage=5", "perPage must be one of 4, 6, 8, 10");
        expect400("paper=a3", "paper must be one of a4, letter");
        expect400("duplex=maybe", "duplex must be true or false");
        expect400("cutLines=2", "cutLines must be true or false");
        expect400("seed=abc", "seed must be a whole number");
        expect400("count=401", "a deck holds at most 400 cards");
        expect400("count=0", "count must be a whole number from 1 to 400");
        expect400("topics=no-such-topic", "no-such-topic");
        expect400("sources=nowhere", "nowhere");
        expect400("kinds=essay", "kinds: \"essay\" is not a question kind");
        expect400("title=" + "x".repeat(81), "title must be at most 80 characters");
        given().when()
                .get("/flashcards?seed=1&perPage=7")
                .then()
                .statusCode(400)
                .contentType("text/html")
                .body(containsString("error-box"))
                .body(containsString("perPage must be one of 4, 6, 8, 10"));
    }

    @Test
    void aDeckShorterThanAskedSaysSoAndAFullOneDoesNot() {
        // the shipped base makes about 130 distinct flashcards, so 400 of them cannot all be made
        given().when()
                .get("/flashcards?count=400&seed=3&kinds=flashcard")
                .then()
                .statusCode(200)
                .body(containsString("short-paper"))
                .body(containsString("not 400"));
        given().when()
                .get("/flashcards?count=10&seed=3&kinds=flashcard")
                .then()
                .statusCode(200)
                .body(containsString("10 cards on"))
                .body(org.hamcrest.Matchers.not(containsString("short-paper")));
    }

    @Test
    void printSheetsAreTheHtmlThePdfIsMadeFromWithTheTitleEscaped() {
        String html = given().when()
                .get("/flashcards/sheets?count=3&seed=2&title=<b>My deck</b>")
                .then()
                .statusCode(200)
                .contentType("text/html")
                .extract()
                .asString();
        assertThat(html)
                .contains("&lt;b&gt;My deck&lt;/b&gt;")
                .doesNotContain("<b>My deck</b>")
                .contains("<link rel=\"stylesheet\" href=\"/css/flashcards-print.css\"/>");
        assertThat(html.split("class=\"sheet ", -1)).hasSize(3);
    }

    private static void expect400(String query, String message) {
        given().when()
                .get("/flashcards.pdf?" + query)
                .then()
                .statusCode(400)
                .body("status", org.hamcrest.Matchers.is(400))
                .body("error", containsString(message));
    }

    private static String cell(PDDocument doc, int page, CardLayout layout, int row, int column) {
        return PdfText.region(
                doc,
                page,
                layout.leftMm(column) + INSET_MM,
                layout.topMm(row) + INSET_MM,
                layout.cardWidthMm() - 2 * INSET_MM,
                layout.cardHeightMm() - 2 * INSET_MM);
    }

    /** The first four words: enough to tell cards apart, short enough not to wrap differently. */
    private static String firstWords(String text) {
        String[] words = text.trim().split("\\s+");
        return String.join(" ", Arrays.asList(words).subList(0, Math.min(4, words.length)));
    }
}
