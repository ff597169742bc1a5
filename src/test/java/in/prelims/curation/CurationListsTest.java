package in.prelims.curation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.LiveFacts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Real saves through the API on a temporary copy of the fact base: a list saved twice into one source keeps
 * one declaration (with the new known-false values added), a list declared by another source is reused, a
 * contradicting draft writes nothing; and a financial year in the text is one value the check finds.
 */
@QuarkusTest
@TestProfile(StudioProfile.class)
class CurationListsTest {

    @Inject
    LiveFacts live;

    /** Written for this test: no other test uses it. */
    static final String RELEASE = """
            Press Information Bureau
            Ministry of Jal Shakti

            Himalayan Springs Programme launched to revive mountain springs

            Posted On: 12-March-2024 11:00 IST by PIB Delhi

            The Union Minister today launched the Himalayan Springs Programme, which will map and revive \
            mountain springs from FY 2024-25 to 2026–27. Sikkim, Uttarakhand, Himachal Pradesh and Arunachal \
            Pradesh are among the States where springs will be mapped first. Village water committees will \
            keep a record of every spring's flow through the year.
            """;

    private static final String LIST = "hsp-first-states";

    @Test
    @SuppressWarnings("unchecked")
    void aListSavedTwiceIntoOneSourceIsDeclaredOnceAndAnotherSourceReusesIt() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        JsonPath stored = curator.storeDocument(RELEASE);
        String id = stored.getString("source.id");
        String document = stored.getString("document");
        Path file = StudioProfile.facts().resolve(id + ".yaml");

        List<Map<String, Object>> values = stored.getList("analysis.values");
        assertThat(values)
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "FY 2024-25")
                        .containsEntry("type", "fiscal-year")
                        .containsEntry("value", "2024-25")
                        .containsEntry("display", "2024-25"))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "2026–27")
                        .containsEntry("type", "fiscal-year")
                        .containsEntry("value", "2026-27"))
                .noneSatisfy(v -> assertThat(v.get("value")).isIn("25", "27", "2024", "2026"));

        Map<String, Object> first = draft(
                id,
                document,
                List.of("Sikkim", "Uttarakhand"),
                false,
                Map.of("Ladakh", "a Union Territory, not a State"));
        List<Map<String, Object>> facts = new java.util.ArrayList<>(facts(first));
        facts.add(Drafts.fact(
                "hsp-start",
                "Spring mapping under the Himalayan Springs Programme starts in the financial year {start}.",
                "Start of the Himalayan Springs Programme",
                Map.of("start", Map.of("type", "fiscal-year", "value", "2024-25")),
                "In which financial year does spring mapping under the Himalayan Springs Programme start?"));
        first.put("facts", facts);
        JsonPath saved = save(curator, first, 201);
        assertThat(saved.getList("forms.searched.flatten()", String.class)).contains("FY 2024-25", "2024–25");

        Map<String, String> knownFalse = new LinkedHashMap<>();
        knownFalse.put("ladakh", "a Union Territory, not a State");
        knownFalse.put("Jammu and Kashmir", "a Union Territory, not a State");
        save(curator, draft(id, document, List.of("Himachal Pradesh"), false, knownFalse), 201);

        String yaml = Files.readString(file);
        assertThat(yaml.split("- name: " + LIST, -1)).as(yaml).hasSize(2);
        assertThat(yaml)
                .contains("    known-false:\n      Ladakh: \"a Union Territory, not a State\"\n"
                        + "      Jammu and Kashmir: \"a Union Territory, not a State\"\n")
                .contains("  - id: hsp-state-sikkim\n", "  - id: hsp-state-himachal-pradesh\n");
        assertThat(alsoTrue(curator, id, "hsp-state-himachal-pradesh"))
                .containsExactlyInAnyOrder("Sikkim", "Uttarakhand");

        // a draft that says the list is complete contradicts the declaration: refused, nothing written
        JsonPath refused = save(curator, draft(id, document, List.of("Arunachal Pradesh"), true, Map.of()), 422);
        assertThat(refused.getList("errors", String.class))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .contains("List '" + LIST + "' is already declared at " + id + ".yaml:")
                        .contains("as not complete"));
        assertThat(Files.readString(file)).isEqualTo(yaml);

        // another source naming the same list adds its member without declaring the list again
        String other = id + "-arunachal";
        save(curator, draft(other, document, List.of("Arunachal Pradesh"), false, Map.of()), 201);
        assertThat(Files.readString(StudioProfile.facts().resolve(other + ".yaml")))
                .doesNotContain("lists:")
                .contains("list: {name: " + LIST + ", slot: state}");
        assertThat(alsoTrue(curator, other, "hsp-state-arunachal-pradesh"))
                .containsExactlyInAnyOrder("Sikkim", "Uttarakhand", "Himachal Pradesh");

        // the financial year is asked with other financial years as the wrong options
        List<Map<String, Object>> questions = curator.http()
                .get("/api/questions?sources=" + id + "&count=10&seed=5&kinds=mcq")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(questions)
                .filteredOn(q -> String.valueOf(q.get("stem")).contains("financial year"))
                .singleElement()
                .satisfies(q -> assertThat((List<Object>) q.get("options"))
                        .hasSize(4)
                        .contains("2024-25")
                        .allSatisfy(o -> assertThat(String.valueOf(o)).matches("\\d{4}-\\d{2}")));
    }

    private static final String SPRINGS = "hsp-springs-mapped-first";

    @Test
    void aListKeepsWhatItsMembersAreAndADraftSayingOtherwiseIsRefused() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        JsonPath stored = curator.storeDocument(RELEASE);
        String id = stored.getString("source.id") + "-springs";
        String document = stored.getString("document");
        String phrase = "States where the Himalayan Springs Programme maps springs first";
        Path file = StudioProfile.facts().resolve(id + ".yaml");

        save(curator, springsDraft(id, document, "Sikkim", phrase), 201);
        String yaml = Files.readString(file);
        assertThat(yaml).contains("  - name: " + SPRINGS + "\n    complete: false\n    members-are: " + phrase + "\n");
        assertThat(live.current().lists().get(SPRINGS).membersAre()).isEqualTo(phrase);

        // another phrase for the list this source declares: refused with the declaration's place, nothing written
        JsonPath refused = save(curator, springsDraft(id, document, "Uttarakhand", "Himalayan States"), 422);
        assertThat(refused.getList("errors", String.class))
                .singleElement()
                .satisfies(e -> assertThat(e)
                        .startsWith("List '" + SPRINGS + "' is already declared at " + id + ".yaml:")
                        .contains("with members-are \"" + phrase + "\"; this draft says \"Himalayan States\""));
        assertThat(Files.readString(file)).isEqualTo(yaml);

        // another source reusing the list must say the same: none is refused, the same phrase is saved
        String other = id + "-uttarakhand";
        JsonPath none = save(curator, springsDraft(other, document, "Uttarakhand", null), 422);
        assertThat(none.getList("errors", String.class))
                .singleElement()
                .satisfies(e -> assertThat(e).contains(id + ".yaml:").contains("this draft gives none"));
        assertThat(StudioProfile.facts().resolve(other + ".yaml")).doesNotExist();
        save(curator, springsDraft(other, document, "Uttarakhand", phrase), 201);
        assertThat(Files.readString(StudioProfile.facts().resolve(other + ".yaml")))
                .doesNotContain("lists:", "members-are");
        assertThat(live.current().lists().get(SPRINGS).members()).containsExactlyInAnyOrder("Sikkim", "Uttarakhand");
    }

    private static JsonPath save(Curator curator, Map<String, Object> draft, int status) {
        return curator.json()
                .body(draft)
                .post("/api/curation/facts")
                .then()
                .statusCode(status)
                .extract()
                .jsonPath();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> facts(Map<String, Object> draft) {
        return (List<Map<String, Object>>) draft.get("facts");
    }

    private static List<String> alsoTrue(Curator curator, String source, String fact) {
        return curator.http()
                .get("/api/facts?source=" + source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("find { it.id == '" + fact + "' }.alsoTrue.state", String.class);
    }

    private static Map<String, Object> draft(
            String id, String document, List<String> items, boolean complete, Map<String, String> knownFalse) {
        return draft(
                id,
                document,
                "hsp-state",
                Map.of("name", LIST, "slot", "state", "complete", complete, "items", items, "knownFalse", knownFalse));
    }

    /** The members-are test's list: its own fact ids and list name, so the two tests' saves never meet. */
    private static Map<String, Object> springsDraft(String id, String document, String item, String membersAre) {
        Map<String, Object> list = new HashMap<>(Map.of("name", SPRINGS, "slot", "state", "items", List.of(item)));
        list.put("membersAre", membersAre);
        return draft(id, document, "hsp-springs", list);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> draft(String id, String document, String factId, Map<String, Object> list) {
        Map<String, Object> fact = Drafts.fact(
                factId,
                "{state} is one of the States where the Himalayan Springs Programme maps springs first.",
                "First States of the Himalayan Springs Programme",
                Map.of("state", Map.of("type", "region", "value", ((List<String>) list.get("items")).get(0))),
                null);
        fact.put("list", list);
        Map<String, Object> draft = new HashMap<>();
        draft.put(
                "source",
                Map.of(
                        "id", id,
                        "title", "Himalayan Springs Programme launched to revive mountain springs",
                        "publisher", "Press Information Bureau",
                        "published", "2024-03-12",
                        "document", document,
                        "topics", List.of("water"),
                        "reliability", "official"));
        draft.put("facts", List.of(fact));
        draft.put("entities", List.of());
        return draft;
    }
}
