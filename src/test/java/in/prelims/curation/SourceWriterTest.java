package in.prelims.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import in.prelims.fact.FactError;
import in.prelims.fact.FactList;
import in.prelims.fact.YamlNode;
import in.prelims.fact.YamlReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the studio writes for lists and reasons, so a curator never adds them to YAML by hand. */
class SourceWriterTest {

    @Test
    void aListIsDeclaredWithItsKnownFalseValuesAndAFactWithItsReason() {
        Map<String, String> knownFalse = new LinkedHashMap<>();
        knownFalse.put("Sikkim", "not a coastal State");
        knownFalse.put("Arunachal Pradesh", "not a coastal State");
        Draft.DraftFact state = pilot(
                "Odisha",
                new Draft.DraftList("pilots", "state", false, List.of("Odisha", "Gujarat"), knownFalse, null),
                null,
                null);
        Draft.DraftFact caused = losses("", List.of(), "mangroves-restored", null);
        Draft draft = new Draft(
                new Draft.DraftSource("s", "T", "P", "2023-01-04", "d.txt", List.of("x"), "official"),
                List.of(state, caused),
                List.of());

        String yaml = SourceWriter.newFile(draft);

        assertThat(yaml)
                .contains("lists:\n  - name: pilots\n    complete: false\n    known-false:\n"
                        + "      Sikkim: not a coastal State\n      Arunachal Pradesh: not a coastal State\n")
                .contains("  - id: pilot-odisha\n", "  - id: pilot-gujarat\n")
                .contains("  - id: flood-losses-cut\n")
                .contains("    explained-by: mangroves-restored\n");
    }

    @Test
    void aRelationKeepsItsMiddleColumnWhenItHasThreeAndWritesNoneForAPair() {
        Draft.DraftFact row = new Draft.DraftFact(
                "payne",
                "{person} ({country}) attended as {post}.",
                "Payne at the Quad",
                "core",
                List.of(),
                Map.of(
                        "person", new Draft.DraftSlot("person", "Marise Payne", null, null, null, null),
                        "country", new Draft.DraftSlot("country", "Australia", null, null, null, null),
                        "post", new Draft.DraftSlot("post", "Foreign Minister", null, null, null, null)),
                Map.of(),
                new Draft.DraftRelation("quad", "person", "country", "post"),
                null,
                null,
                null,
                null,
                null);
        Draft.DraftFact pair = new Draft.DraftFact(
                "pompeo",
                "{person} attended as {post}.",
                "Pompeo at the Quad",
                "core",
                List.of(),
                Map.of(
                        "person", new Draft.DraftSlot("person", "Mike Pompeo", null, null, null, null),
                        "post", new Draft.DraftSlot("post", "Secretary of State", null, null, null, null)),
                Map.of(),
                new Draft.DraftRelation("posts", "person", "", "post"),
                null,
                null,
                null,
                null,
                null);
        String yaml = SourceWriter.newFile(new Draft(
                new Draft.DraftSource("s", "T", "P", "2020-10-07", "d.txt", List.of("x"), "press"),
                List.of(row, pair),
                List.of()));

        assertThat(yaml)
                .contains("    relation: {name: quad, left: person, middle: country, right: post}\n")
                .contains("    relation: {name: posts, left: person, right: post}\n");
    }

    private static final String EXISTING = """
            # kept comment
            source:
              id: s
              title: T
              publisher: P
              published: 2023-01-04
              document: d.txt
              topics: [x]
            lists:
              # the pilots: "among", so not complete
              - name: pilots
                complete: false
                known-false:
                  Sikkim: not a coastal State
              # another list, untouched
              - name: other
                complete: true
            facts:
              - id: pilot-odisha
                text: "{state} hosts a pilot."
                label: "Pilot State: Odisha"
                slots:
                  state: {type: region, value: Odisha}
                list: {name: pilots, slot: state}
            """;

    @Test
    void aListTheFileDeclaresKeepsOneDeclarationWithTheNewKnownFalseValuesAdded() {
        String yaml = SourceWriter.merge(
                EXISTING, listDraft("pilots", false, Map.of("Uttarakhand", "not a coastal State", "sikkim", "dup")));

        assertThat(yaml.split("- name: pilots", -1)).hasSize(2);
        assertThat(yaml)
                .contains("# kept comment\n", "  # another list, untouched\n")
                .contains(
                        "    known-false:\n      Sikkim: not a coastal State\n      Uttarakhand: not a coastal State\n"
                                + "  # another list, untouched\n")
                .doesNotContain("sikkim: dup")
                .contains("  - id: pilot-gujarat\n", "  - id: pilot-odisha\n");
        assertThat(listsOf(yaml)).containsExactly("pilots", "other");
    }

    @Test
    void aDeclarationWithoutKnownFalseValuesGetsThemUnderItsOwnItem() {
        String existing = EXISTING.replace("    known-false:\n      Sikkim: not a coastal State\n", "");
        String yaml = SourceWriter.merge(existing, listDraft("pilots", false, Map.of("Sikkim", "not coastal")));

        assertThat(yaml)
                .contains("  - name: pilots\n    complete: false\n    known-false:\n      Sikkim: not coastal\n"
                        + "  # another list, untouched\n");
        assertThat(listsOf(yaml)).containsExactly("pilots", "other");
        // the same list again with nothing new: the file keeps its declaration untouched
        assertThat(SourceWriter.merge(existing, listDraft("other", true, Map.of())))
                .contains("lists:\n  # the pilots")
                .contains("  - name: other\n    complete: true\nfacts:\n");
    }

    @Test
    void knownFalseNamesWrittenAsAListGetNewNamesWithoutNotesInTheSameList() {
        String existing = EXISTING.replace(
                "    known-false:\n      Sikkim: not a coastal State\n", "    known-false: [Sikkim]\n");
        String yaml = SourceWriter.merge(existing, listDraft("pilots", false, Map.of("Uttarakhand", "")));
        assertThat(yaml).contains("    known-false: [Sikkim, Uttarakhand]\n");
        assertThat(listsOf(yaml)).containsExactly("pilots", "other");

        assertThatThrownBy(() -> SourceWriter.merge(existing, listDraft("pilots", false, Map.of("Goa", "coastal"))))
                .isInstanceOf(ListMerge.Conflict.class)
                .hasMessageContaining("List 'pilots' at s.yaml:11 writes its known-false values as a list of names")
                .hasMessageContaining("Goa");
    }

    @Test
    void aDraftContradictingTheDeclarationIsRefusedInWords() {
        assertThatThrownBy(() -> SourceWriter.merge(EXISTING, listDraft("pilots", true, Map.of())))
                .isInstanceOf(ListMerge.Conflict.class)
                .hasMessage("List 'pilots' is already declared at s.yaml:11 as not complete; this draft says it is."
                        + " Set 'The document gives the whole list' to match, so the list is declared once.");
    }

    @Test
    void aListDeclaredInAnotherFileIsReusedNotDeclaredAgain() {
        Map<String, FactList> elsewhere = Map.of(
                "pilots", new FactList("pilots", false, Map.of("Sikkim", "x"), null, List.of(), "/q/other.yaml", 4));
        String yaml = SourceWriter.newFile(listDraft("pilots", false, Map.of("sikkim", "x")), elsewhere);
        assertThat(yaml).doesNotContain("lists:").contains("list: {name: pilots, slot: state}");

        assertThatThrownBy(() -> SourceWriter.newFile(listDraft("pilots", false, Map.of("Goa", "coastal")), elsewhere))
                .isInstanceOf(ListMerge.Conflict.class)
                .hasMessageContaining("declared in another source's file (other.yaml:4)");
    }

    @Test
    void coversNotTopicsAndMembersAreAreWrittenInTheShapeTheLoaderReads(@TempDir Path dir) throws IOException {
        Draft.DraftFact pilot = pilot(
                "Odisha",
                new Draft.DraftList("pilots", "state", true, List.of("Odisha", "Gujarat"), Map.of(), PHRASE_WITH_COLON),
                List.of(),
                List.of(" coastal "));
        Draft.DraftFact losses = losses("losses", List.of("disasters"), null, List.of("pilots", " pilot-gujarat", ""));
        Draft draft = new Draft(
                new Draft.DraftSource("s", "T", "P", "2023-01-04", "d.txt", List.of("water", "coastal"), "official"),
                List.of(pilot, losses),
                List.of());

        String yaml = SourceWriter.newFile(draft);

        assertThat(yaml)
                .contains("  - name: pilots\n    complete: true\n    members-are: \"" + PHRASE_WITH_COLON + "\"\n")
                .contains("    not-topics: [coastal]\n", "    covers: [pilots, pilot-gujarat]\n")
                .doesNotContain("covers: [pilots, pilot-gujarat, ");
        Files.writeString(dir.resolve("s.yaml"), yaml);
        Files.writeString(dir.resolve("entities.yaml"), GAZETTEER);
        FactBase base = FactBaseLoader.load(dir);
        assertThat(base.lists().get("pilots").membersAre()).isEqualTo(PHRASE_WITH_COLON);
        assertThat(base.fact("losses").orElseThrow().covers()).containsExactly("pilots", "pilot-gujarat");
        assertThat(base.fact("pilot-odisha").orElseThrow().topics()).containsExactly("water");
        assertThat(base.fact("pilot-gujarat").orElseThrow().topics()).containsExactly("water");
        assertThat(base.fact("losses").orElseThrow().topics()).containsExactly("water", "coastal", "disasters");

        // added to the file later: a fact covering one written before, read back with the rest
        Draft more = new Draft(
                draft.source(),
                List.of(losses.as("losses-again", "Flood losses cut again", losses.slots())),
                List.of());
        Files.writeString(dir.resolve("s.yaml"), SourceWriter.merge(yaml, more));
        assertThat(FactBaseLoader.load(dir).fact("losses-again").orElseThrow().covers())
                .containsExactly("pilots", "pilot-gujarat");
    }

    private static final String PHRASE_WITH_COLON = "States chosen first: coastal ones";

    private static final String GAZETTEER = """
            entities:
              - {name: Odisha, type: region, country: India}
              - {name: Gujarat, type: region, country: India}
              - {name: Kerala, type: region, country: India}
              - {name: Sikkim, type: region, country: India}
            """;

    @Test
    void aDraftGivingAnotherMembersAreThanTheDeclarationIsRefusedInWords() {
        String declared = EXISTING.replace(
                "    complete: false\n    known-false:",
                "    complete: false\n    members-are: pilot States\n    known-false:");

        String same = SourceWriter.merge(declared, listDraft("pilots", false, Map.of(), " pilot States "));
        assertThat(same.split("members-are", -1))
                .as("the declaration is kept once")
                .hasSize(2);
        assertThatThrownBy(() -> SourceWriter.merge(declared, listDraft("pilots", false, Map.of(), "coastal States")))
                .isInstanceOf(ListMerge.Conflict.class)
                .hasMessage("List 'pilots' is already declared at s.yaml:11 with members-are \"pilot States\";"
                        + " this draft says \"coastal States\". Write \"pilot States\" under 'What the members are' to"
                        + " match, so the list is declared once.");
        assertThatThrownBy(() -> SourceWriter.merge(declared, listDraft("pilots", false, Map.of(), "")))
                .isInstanceOf(ListMerge.Conflict.class)
                .hasMessageContaining("this draft gives none");
        assertThatThrownBy(() -> SourceWriter.merge(EXISTING, listDraft("pilots", true, Map.of(), "pilot States")))
                .as("both contradictions at once")
                .isInstanceOf(ListMerge.Conflict.class)
                .hasMessageContaining("as not complete")
                .hasMessageContaining("without members-are; this draft says \"pilot States\". Leave");

        Map<String, FactList> elsewhere = Map.of(
                "pilots", new FactList("pilots", false, Map.of(), "pilot States", List.of(), "/q/other.yaml", 4));
        assertThat(SourceWriter.newFile(listDraft("pilots", false, Map.of(), "pilot States"), elsewhere))
                .doesNotContain("lists:");
        assertThatThrownBy(() -> SourceWriter.newFile(listDraft("pilots", false, Map.of()), elsewhere))
                .isInstanceOf(ListMerge.Conflict.class)
                .hasMessageContaining(
                        "declared at other.yaml:4 with members-are \"pilot States\"; this draft gives none");
    }

    private static Draft listDraft(String list, boolean complete, Map<String, String> knownFalse) {
        return listDraft(list, complete, knownFalse, null);
    }

    private static Draft listDraft(String list, boolean complete, Map<String, String> knownFalse, String membersAre) {
        Draft.DraftFact state = pilot(
                "Gujarat",
                new Draft.DraftList(
                        list, "state", complete, List.of("Gujarat"), new LinkedHashMap<>(knownFalse), membersAre),
                null,
                null);
        return new Draft(
                new Draft.DraftSource("s", "T", "P", "2023-01-04", "d.txt", List.of("x"), "official"),
                List.of(state),
                List.of());
    }

    /** "{state} hosts a pilot.", a member of {@code list}, with the restatements and topics a test gives it. */
    private static Draft.DraftFact pilot(
            String state, Draft.DraftList list, List<String> covers, List<String> notTopics) {
        return new Draft.DraftFact(
                "pilot",
                "{state} hosts a pilot.",
                "Pilot State",
                "core",
                List.of(),
                Map.of("state", new Draft.DraftSlot("region", state, null, null, null, null)),
                Map.of(),
                null,
                null,
                list,
                null,
                covers,
                notTopics);
    }

    /** "Losses fall by 30%.", with the id, topics, explaining fact and restatements a test gives it. */
    private static Draft.DraftFact losses(String id, List<String> topics, String explainedBy, List<String> covers) {
        return new Draft.DraftFact(
                id,
                "Losses fall by {share}.",
                "Flood losses cut",
                "core",
                topics,
                Map.of("share", new Draft.DraftSlot("percent", "30", null, null, null, null)),
                Map.of(),
                null,
                null,
                null,
                explainedBy,
                covers,
                null);
    }

    /** The names under lists, read back by the loader's YAML reader (which would report a syntax error). */
    private static List<String> listsOf(String yaml) {
        List<FactError> errors = new ArrayList<>();
        YamlNode root = new YamlReader("s.yaml", errors).read(new StringReader(yaml));
        assertThat(errors).isEmpty();
        YamlNode.Sequence lists = (YamlNode.Sequence)
                ((YamlNode.Mapping) root).entries().get("lists").value();
        return lists.items().stream()
                .map(i -> ((YamlNode.Scalar)
                                ((YamlNode.Mapping) i).entries().get("name").value())
                        .text())
                .toList();
    }
}
