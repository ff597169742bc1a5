package in.prelims.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The trial of docs/curation.md: a 400-word PIB release the tests never used (Indian forms: Rs. 19,744
 * crore, Six lakh, Rs. 8 lakh crore, 1,466, 04-January-2023) becomes 15 reviewed facts through the
 * studio's JSON API, as the curator drafted them (13 drafts, one a list of three States), and they
 * are live without a restart.
 */
@QuarkusTest
@TestProfile(StudioProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CuratorTrialTest {

    private static final Logger LOG = Logger.getLogger(CuratorTrialTest.class);
    static final Path RELEASE = Path.of("src/test/resources/curation/coastal-mission-release.txt");
    static final Path DRAFT = Path.of("src/test/resources/curation/coastal-mission-draft.json");

    /** First: it adds the new names to the gazetteer that a later test finds there. */
    @Test
    @Order(1)
    void aFourHundredWordReleaseBecomesFifteenLiveFacts() throws IOException {
        long start = System.nanoTime();
        Curator curator = Curator.create("user,curator").logIn();
        JsonPath stored = curator.storeDocument(Files.readString(RELEASE));
        String id = stored.getString("source.id");
        String document = stored.getString("document");
        assertThat(stored.getString("source.published")).isEqualTo("2023-01-04");
        assertThat(stored.getString("source.title")).isEqualTo("Cabinet approves National Coastal Resilience Mission");
        List<Map<String, Object>> values = stored.getList("analysis.values");
        assertThat(values)
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "Rs. 19,744 crore")
                        .containsEntry("value", "19744")
                        .containsEntry("currency", "INR"))
                .anySatisfy(v -> assertThat(v).containsEntry("text", "Six lakh").containsEntry("scale", "lakh"))
                .anySatisfy(v ->
                        assertThat(v).containsEntry("text", "Rs. 8 lakh crore").containsEntry("scale", "lakh-crore"))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "1,466")
                        .containsEntry("value", "1466")
                        .containsEntry("suggestedUnit", "coastal villages"))
                .anySatisfy(
                        v -> assertThat(v).containsEntry("text", "75,000").containsEntry("suggestedUnit", "hectares"))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "320")
                        .containsEntry("suggestedUnit", "automatic tide gauges"))
                .anySatisfy(v -> assertThat(v).containsEntry("text", "Six lakh").containsEntry("suggestedUnit", "jobs"))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "nine")
                        .containsEntry("type", "count")
                        .containsEntry("value", "9")
                        .containsEntry("suggestedUnit", "coastal States"))
                .anySatisfy(v ->
                        assertThat(v).containsEntry("text", "four").containsEntry("suggestedUnit", "Union Territories"))
                .noneSatisfy(v -> assertThat(v).containsEntry("text", "one"));
        assertThat(stored.getList("analysis.candidates.text", String.class))
                .contains("Ministry of Earth Sciences", "INCOIS");

        String draft = Files.readString(DRAFT).replace("${id}", id).replace("${document}", document);
        String copied = draft.replace(
                "Under the National Coastal Resilience Mission, {gauges} are to be put up along the coast,"
                        + " together with warning towers.",
                "The Mission will install {gauges} and early warning towers will be installed along the coast.");
        JsonPath checked = curator.json()
                .body(copied)
                .post("/api/curation/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(checked.getList("errors")).isEmpty();
        assertThat(checked.getList("warnings", String.class))
                .singleElement()
                .satisfies(w -> assertThat(w).contains("'ncrm-tide-gauges'", "early warning towers"));
        assertThat(checked.getList("forms.searched.flatten()", String.class)).contains("Rs. 19,744 crore");

        JsonPath saved = curator.json()
                .body(draft)
                .post("/api/curation/facts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(saved.getList("warnings")).isEmpty();
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.infof("Curator trial over the JSON API: %d ms from paste to 15 live facts", millis);

        List<Map<String, Object>> facts = curator.http()
                .get("/api/facts?source=" + id)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("$");
        assertThat(facts).hasSize(15);
        assertThat(facts)
                .extracting(f -> (String) f.get("id"))
                .contains(
                        "ncrm-outlay",
                        "ncrm-pilot-state-odisha",
                        "ncrm-pilot-state-tamil-nadu",
                        "mangrove-area-of-the-national-coastal-re");
        assertThat(facts)
                .filteredOn(f -> f.get("id").equals("ncrm-pilot-state-gujarat"))
                .singleElement()
                .satisfies(
                        f -> assertThat(f.get("alsoTrue")).isEqualTo(Map.of("state", List.of("Odisha", "Tamil Nadu"))));
        curator.http()
                .get("/api/questions?sources=" + id + "&count=4&seed=11&kinds=mcq")
                .then()
                .statusCode(200)
                .body("sources.flatten().id", org.hamcrest.Matchers.everyItem(equalTo(id)));
        curator.http()
                .get("/api/questions?period=2023-01&count=3&seed=2&kinds=flashcard")
                .then()
                .statusCode(200)
                .body("sources.flatten().published", org.hamcrest.Matchers.everyItem(equalTo("2023-01-04")));
    }

    @Test
    void hostileOrMalformedDraftsAreRefusedInWordsAndWriteNothing() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        Map<String, Object> escaping = Map.of(
                "source", Map.of("id", "../../escaped", "title", "t", "published", "2023-01-04"), "facts", List.of());
        curator.json()
                .body(escaping)
                .post("/api/curation/facts")
                .then()
                .statusCode(400)
                .body("field", equalTo("source.id"))
                .body("error", containsString("lower-case letters, digits and hyphens"));
        assertThat(StudioProfile.ROOT.resolve("escaped.yaml")).doesNotExist();
        assertThat(StudioProfile.facts().resolveSibling("escaped.yaml")).doesNotExist();
        curator.json().body("{\"source\": ").post("/api/curation/check").then().statusCode(400);
        JsonPath report = curator.json()
                .body(Map.of(
                        "source",
                        Map.of(
                                "id", "hostile-2023",
                                "title", "<script>alert(1)</script>",
                                "publisher", "x",
                                "published", "not a date",
                                "document", "../../etc/passwd",
                                "topics", List.of("<b>")),
                        "facts",
                        List.of(Drafts.fact(
                                "hostile",
                                "{x} <img src=x onerror=alert(1)>",
                                "<script>",
                                Map.of("x", Map.of("type", "money", "value", "lots", "currency", "???")),
                                null))))
                .post("/api/curation/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("errors")).isNotEmpty();
        assertThat(StudioProfile.facts().resolve("hostile-2023.yaml")).doesNotExist();
    }

    @Test
    void theOwnWordsCheckAnswersAsTheCuratorTypes() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        String document = curator.storeDocument(Files.readString(RELEASE)).getString("document");
        curator.json()
                .body(
                        Map.of(
                                "document",
                                document,
                                "text",
                                "Pilot projects: Odisha, Gujarat and Tamil Nadu are among the States where pilot projects will"))
                .post("/api/curation/own-words")
                .then()
                .statusCode(200)
                .body("run", equalTo("odisha gujarat and tamil nadu are among the"))
                .body("warning", containsString("put it in our own words"));
        curator.json()
                .body(Map.of("document", document, "text", "Three coastal States host the first pilots."))
                .post("/api/curation/own-words")
                .then()
                .statusCode(200)
                .body("run", nullValue());
        curator.json()
                .body(Map.of("document", "../../etc/passwd", "text", "x"))
                .post("/api/curation/own-words")
                .then()
                .statusCode(404);
        curator.json()
                .body(Map.of("text", "<script>alert(1)</script>"))
                .post("/api/curation/own-words")
                .then()
                .statusCode(400)
                .body("field", equalTo("document"));
        curator.json()
                .body(Map.of("document", document, "text", "x".repeat(2_001)))
                .post("/api/curation/own-words")
                .then()
                .statusCode(400)
                .body("field", equalTo("text"));
    }

    @Test
    void knownFalseValuesEnteredInTheStudioLetAListSlotBeAsked() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        JsonPath stored = curator.storeDocument(Files.readString(RELEASE));
        String id = stored.getString("source.id") + "-pilots";
        // the same facts under other ids, as a second source; the new names only if no other test saved them
        boolean named =
                Files.readString(StudioProfile.facts().resolve("entities.yaml")).contains("name: Odisha");
        String draft = Files.readString(DRAFT)
                .replace("\"ncrm-", "\"kf-ncrm-")
                .replace("\"iczmp-", "\"kf-iczmp-")
                .replace("\"id\": \"\"", "\"id\": \"kf-mangrove-area\"")
                .replace("${id}", id)
                .replace("${document}", stored.getString("document"))
                .replace(
                        "\"complete\": false,",
                        "\"complete\": false, \"knownFalse\": {\"Sikkim\": \"not a coastal State\","
                                + " \"Arunachal Pradesh\": \"not a coastal State\","
                                + " \"Uttarakhand\": \"not a coastal State\"},");
        if (named) draft = draft.replaceAll("(?s)\"entities\": \\[.*\\]", "\"entities\": []");
        JsonPath saved = curator.json()
                .body(draft)
                .post("/api/curation/facts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(saved.getList("notes", String.class))
                .noneSatisfy(n -> assertThat(n).contains("ncrm-pilot-states"));
        assertThat(Files.readString(StudioProfile.facts().resolve(id + ".yaml")))
                .contains("    known-false:\n      Sikkim: not a coastal State\n");
    }

    @Test
    void aTypeWithTooFewEntriesIsNamedWithCandidatesAndEachMissingKindWithWhatToAdd() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        JsonPath stored = curator.storeDocument(Files.readString(RELEASE));
        Map<String, Object> draft = Map.of(
                "source",
                Map.of(
                        "id",
                        stored.getString("source.id") + "-few",
                        "title",
                        "Cabinet approves National Coastal Resilience Mission",
                        "publisher",
                        "Press Information Bureau",
                        "published",
                        "2023-01-04",
                        "document",
                        stored.getString("document"),
                        "topics",
                        List.of("disaster-management")),
                "facts",
                List.of(Drafts.fact(
                        "ncrm-component",
                        "{component} is the part of the coastal mission that pays for sea walls and dunes.",
                        "Sea-wall component of the coastal mission",
                        Map.of("component", Map.of("type", "mission-component", "value", "Shoreline Shield")),
                        null)),
                "entities",
                List.of(Map.of("name", "Shoreline Shield", "type", "mission-component", "country", "India")));
        JsonPath report = curator.json()
                .body(draft)
                .post("/api/curation/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(report.getList("errors", String.class))
                .anySatisfy(e -> assertThat(e).contains("entity type 'mission-component' has 1 entries"));
        assertThat(report.getList("notes", String.class))
                .anySatisfy(n -> assertThat(n)
                        .contains("Type 'mission-component' has 1 entity", "add 3 more")
                        .contains("Mangrove Mitra (in this document)", "Tarang Alert (in this document)"));
    }
}
