package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class FactBaseLoaderTest {

    static final Path FIXTURES = Path.of("src/test/resources/facts");

    @Test
    void loadsAValidFolderAndRendersSlots() {
        FactBase base = FactBaseLoader.load(FIXTURES.resolve("valid"));

        assertThat(base.facts()).extracting(Fact::id).containsExactly("mou-signed", "cards-leaked", "nodal-agency");
        assertThat(base.fact("cards-leaked").orElseThrow().render())
                .isEqualTo("Details of 3.2 million debit cards were leaked in 2016.");
        assertThat(base.fact("mou-signed").orElseThrow().render()).isEqualTo("The MoU was signed on 8 April 2017.");
        assertThat(base.fact("nodal-agency").orElseThrow().topics()).containsExactly("cyber-security", "cert-in");
        assertThat(base.sources()).singleElement().extracting(Source::id).isEqualTo("test-source");
    }

    @Test
    void badYamlNamesTheFileAndLine() {
        assertThat(errorsOf("bad-yaml"))
                .containsExactly(file("bad-yaml", "broken.yaml")
                        + ":10: YAML syntax error: while scanning a quoted scalar; found unexpected end of stream");
    }

    @Test
    void unknownKeyIsReportedWhereItStands() {
        assertThat(errorsOf("unknown-key"))
                .containsExactly(file("unknown-key", "unknown-key.yaml")
                        + ":14: unknown key 'answer' in fact (allowed: also-true, ask, covers, disputed, event, explained-by, id, label,"
                        + " list, not-topics, relation, salience, slots, text, topics)");
    }

    @Test
    void duplicateIdPointsAtBothDefinitions() {
        assertThat(errorsOf("duplicate-id"))
                .containsExactly(file("duplicate-id", "b.yaml") + ":14: duplicate fact id 'same' (first defined at "
                        + file("duplicate-id", "a.yaml") + ":9)");
    }

    @Test
    void placeholderWithoutSlot() {
        assertThat(errorsOf("missing-slot"))
                .containsExactly(file("missing-slot", "missing-slot.yaml") + ":10: placeholder {agency} has no slot");
    }

    @Test
    void entityMissingFromGazetteer() {
        assertThat(errorsOf("unknown-entity"))
                .containsExactly(file("unknown-entity", "unknown-entity.yaml")
                        + ":9: fact 'one', slot 'agency': 'Cyber Command' is not in the gazetteer (entities.yaml)");
    }

    @Test
    void impossibleDate() {
        assertThat(errorsOf("bad-date"))
                .containsExactly(file("bad-date", "bad-date.yaml")
                        + ":13: slot 'date': '2017-02-30' is not a valid date (yyyy-mm-dd)");
    }

    @Test
    void everyErrorIsListedNotJustTheFirst() {
        String f = file("many-errors", "many-errors.yaml");
        assertThat(errorsOf("many-errors"))
                .containsExactly(
                        f + ":13: slot 'date': '2017-13-01' is not a valid date (yyyy-mm-dd)",
                        f + ":18: slot 'cards': 'lots' is not a number",
                        f
                                + ":20: unknown key 'txt' in fact (allowed: also-true, ask, covers, disputed, event, explained-by, id, label,"
                                + " list, not-topics, relation, salience, slots, text, topics)",
                        f + ":19: fact is missing 'text'",
                        f + ":19: fact is missing 'label'",
                        f + ":19: fact is missing 'slots'");
    }

    @Test
    void aRelationHasTheSameColumnsInEveryFactAndThreeDifferentSlotsForThree() {
        assertThat(errorsOf("relation-columns"))
                .contains(
                        file("relation-columns", "quad.yaml")
                                + ":30: relation's middle column must name a slot other than its left and right",
                        file("relation-columns", "quad.yaml")
                                + ":17: relation 'quad' has 2 columns here but 3 at "
                                + file("relation-columns", "quad.yaml")
                                + ":9; give every fact of a relation the same columns (left, right, and middle for three)");
    }

    @Test
    void whatAListsMembersAreMustBeOneText() {
        assertThat(errorsOf("list-members-are"))
                .containsExactly(file("list-members-are", "agencies.yaml")
                        + ":11: 'members-are' in list must be a non-empty value, found a list");
    }

    @Test
    void coversNamesADeclaredListOrAnotherFactNeverItsOwnListOrItself() {
        String f = file("covers", "pops.yaml");
        assertThat(errorsOf("covers"))
                .containsExactlyInAnyOrder(
                        f + ":34: covers names 'Pops Traits', which is not a list name or fact id (a lower-case slug)",
                        f
                                + ":18: fact 'pops-trait-persistence' covers 'pops-traits': it is the fact's own list; a member"
                                + " of a list does not restate it",
                        f
                                + ":25: fact 'pops-definition' covers 'pops-trait': no file declares a list of that name under"
                                + " 'lists', and no fact has that id",
                        f + ":25: fact 'pops-definition' covers 'pops-definition': a fact cannot cover itself");
    }

    /** "the United Nations" but "BRICS": the article comes with the entity, and where a sentence starts, capitalised. */
    @Test
    void anEntityIsNamedWithItsArticleInRunningText() {
        FactBase base = FactBaseLoader.load(FIXTURES.resolve("articles"));
        Fact forum = base.fact("forum-named").orElseThrow();
        assertThat(forum.render()).endsWith("in international forums, the United Nations among them.");
        Slot brics = base.gazetteer().named(forum.slots().get("forum"), "BRICS");
        assertThat(forum.render(brics)).endsWith("in international forums, BRICS among them.");
        Slot unitedNations = base.gazetteer().named(brics, "United Nations");
        assertThat(forum.render(unitedNations)).endsWith("forums, the United Nations among them.");
        assertThat(unitedNations.display()).as("an option shows the name alone").isEqualTo("United Nations");
        assertThat(forum.renderBlank("forum", "_____"))
                .as("a blank gives no article away")
                .endsWith(", _____ among them.");

        Fact partner = base.fact("partner-first").orElseThrow();
        assertThat(partner.render()).isEqualTo("The United States is India's partner in the exercise.");
        assertThat(partner.render(base.gazetteer().named(partner.slots().get("country"), "Canada")))
                .isEqualTo("Canada is India's partner in the exercise.");
        Fact host = base.fact("host").orElseThrow();
        assertThat(host.render(base.gazetteer().named(host.slots().get("country"), "United States")))
                .isEqualTo("The meeting was held in the United States.");
    }

    @Test
    void anArticleIsTheOnlyOneAndNotWrittenBeforeASlotThatGetsIt() {
        assertThat(errorsOf("article-written"))
                .containsExactlyInAnyOrder(
                        file("article-written", "entities.yaml")
                                + ":3: entity 'BRICS': article must be 'the', not 'an'",
                        file("article-written", "forums.yaml")
                                + ":9: fact 'forum-named': write {forum} without 'the' before it; the gazetteer gives each"
                                + " grouping its article ('the United Nations', 'BRICS')");
    }

    @Test
    void missingFolderIsAnError() {
        assertThatThrownBy(() -> FactBaseLoader.load(FIXTURES.resolve("no-such-folder")))
                .isInstanceOf(FactBaseException.class)
                .hasMessageContaining("the fact folder does not exist");
    }

    static List<String> errorsOf(String fixture) {
        try {
            FactBaseLoader.load(FIXTURES.resolve(fixture));
        } catch (FactBaseException e) {
            return e.errors().stream().map(FactError::toString).toList();
        }
        throw new AssertionError("fixture " + fixture + " loaded without errors");
    }

    static String file(String fixture, String name) {
        return FIXTURES.resolve(fixture).resolve(name).toString();
    }
}
