package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ProvenanceTest {

    private static final Path DOCS = FactBaseLoaderTest.FIXTURES.resolve("docs");
    private final FactBase base = FactBaseLoader.load(FactBaseLoaderTest.FIXTURES.resolve("valid"));

    @Test
    void findsDatesNumbersAndAliasesInTheirUsualForms() {
        // "8th April, 2017", "3.2 million" and the alias "Indian Computer Emergency Response Team"
        assertThat(Provenance.check(base, DOCS)).isEmpty();
    }

    @Test
    void aValueTheDocumentDoesNotContainIsAnError() {
        Fact cards = base.fact("cards-leaked").orElseThrow();
        Slot wrong = cards.slots().get("cards").withValue("2.3");
        assertThat(Provenance.found(wrong, "at least 3.2 million debit cards", base.gazetteer()))
                .isFalse();
        assertThat(Provenance.found(cards.slots().get("cards"), "3.2 million cards", base.gazetteer()))
                .isTrue();
    }

    @Test
    void numbersMatchWholeWordsOnly() {
        Slot count = new Slot("bodies", "count", SlotKind.COUNT, "36", null, "central bodies", null, null);
        assertThat(Provenance.found(count, "India has 360 bodies", base.gazetteer()))
                .isFalse();
        assertThat(Provenance.found(count, "India has 36 different bodies.", base.gazetteer()))
                .isTrue();
    }

    @Test
    void smallCountsAndOrdinalsMayBeSpeltOut() {
        Slot pillars = new Slot("count", "count", SlotKind.COUNT, "7", null, "pillars", null, null);
        Slot first = new Slot("nth", "ordinal", SlotKind.ORDINAL, "1", null, null, null, null);
        assertThat(Provenance.found(pillars, "It has seven central pillars.", base.gazetteer()))
                .isTrue();
        assertThat(Provenance.found(first, "the first-ever 2+2 dialogue", base.gazetteer()))
                .isTrue();
        assertThat(Provenance.found(pillars, "It has eleven pillars.", base.gazetteer()))
                .isFalse();
    }

    @Test
    void aMissingDocumentIsReported() {
        assertThat(Provenance.check(base, Path.of("src/test/resources/facts/valid")))
                .allSatisfy(e -> assertThat(e.message()).contains("document 'doc.txt' is not in"));
    }
}
