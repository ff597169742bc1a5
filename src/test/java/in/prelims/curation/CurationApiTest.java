package in.prelims.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import in.prelims.fact.LiveFacts;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The studio's JSON API, on a temporary copy of the fact base: analyse, check, save, live without a restart. */
@QuarkusTest
@TestProfile(StudioProfile.class)
class CurationApiTest {

    @Inject
    LiveFacts live;

    static final Path RELEASE = Path.of("src/test/resources/curation/rainwater-release.txt");

    @Test
    void analysisTypesEveryValueWithItsSpanAndSchemaForm() throws IOException {
        String text = Files.readString(RELEASE);
        JsonPath a = Curator.create("user,curator")
                .logIn()
                .json()
                .body(Map.of("text", text))
                .post("/api/curation/analyse")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> values = a.getList("values");
        assertThat(values).anySatisfy(v -> {
            assertThat(v)
                    .containsEntry("text", "Rs. 12,480 crore")
                    .containsEntry("type", "money")
                    .containsEntry("value", "12480")
                    .containsEntry("scale", "crore")
                    .containsEntry("currency", "INR");
            assertThat(text.substring((int) v.get("start"), (int) v.get("end"))).isEqualTo("Rs. 12,480 crore");
        });
        assertThat(values)
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "14-February-2024")
                        .containsEntry("type", "date")
                        .containsEntry("value", "2024-02-14"));
        assertThat(values)
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "Three lakh")
                        .containsEntry("type", "number")
                        .containsEntry("value", "3")
                        .containsEntry("scale", "lakh"));
        assertThat(values)
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "over four years".substring(5))
                        .containsEntry("type", "duration")
                        .containsEntry("unit", "years"));
        assertThat(values)
                .anySatisfy(
                        v -> assertThat(v).containsEntry("text", "15 per cent").containsEntry("type", "percent"));
        assertThat(values)
                .anySatisfy(v -> assertThat(v).containsEntry("text", "2,75,000").containsEntry("value", "275000"));
        assertThat(a.getList("entities.name", String.class)).contains("Narendra Modi");
        assertThat(a.getList("candidates.text", String.class)).contains("Ministry of Jal Shakti");
        assertThat(a.getList("sentences.text", String.class))
                .contains("It is expected to create about Three lakh jobs and to raise groundwater levels in the"
                        + " covered blocks by 15 per cent.");
    }

    @Test
    void onlyCuratorsMayUseTheStudio() {
        Curator.create("user")
                .logIn()
                .json()
                .body(Map.of("text", "x"))
                .post("/api/curation/analyse")
                .then()
                .statusCode(403);
    }

    @Test
    void aDraftIsCheckedWholeAndSavedLiveWhileABrokenSaveChangesNothing() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        JsonPath stored = curator.storeDocument(Files.readString(RELEASE));
        String document = stored.getString("document");
        assertThat(stored.getString("source.published")).isEqualTo("2024-02-14");
        assertThat(stored.getString("source.publisher")).isEqualTo("Press Information Bureau");
        assertThat(StudioProfile.documents().resolve(document)).exists();
        String id = stored.getString("source.id");

        Map<String, Object> broken = Drafts.rainwater(id, document, "12481");
        String before = Files.readString(StudioProfile.facts().resolve("entities.yaml"));
        JsonPath refused = curator.json()
                .body(broken)
                .post("/api/curation/facts")
                .then()
                .statusCode(422)
                .extract()
                .jsonPath();
        assertThat(refused.getList("errors", String.class))
                .anySatisfy(e -> assertThat(e)
                        .contains("'INR 12481 crore' is not found in " + document)
                        .contains("Rs. 12,481 crore"));
        assertThat(StudioProfile.facts().resolve(id + ".yaml")).doesNotExist();
        assertThat(Files.readString(StudioProfile.facts().resolve("entities.yaml")))
                .isEqualTo(before);
        curator.http().get("/api/questions?sources=" + id).then().statusCode(400);

        JsonPath saved = curator.json()
                .body(Drafts.rainwater(id, document, "12480"))
                .post("/api/curation/facts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertThat(saved.getList("errors")).isEmpty();
        assertThat(saved.getList("preview.kind", String.class)).contains("mcq", "flashcard");
        assertThat(Files.readString(StudioProfile.facts().resolve(id + ".yaml")))
                .contains("      amount: {type: money, value: 12480, scale: crore, currency: INR}");
        assertThat(Path.of("questions", id + ".yaml")).doesNotExist();

        curator.http()
                .get("/api/questions?sources=" + id + "&count=5&seed=7")
                .then()
                .statusCode(200)
                .body("sources.flatten().id", hasItem(id))
                .body("explanation", hasItem(containsString("Rainwater")));
    }

    @Test
    void badCoversNamesAndNotTopicsAreErrorsOfTheCheckAndGoodOnesAreSavedLive() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        JsonPath stored = curator.storeDocument(Files.readString(RELEASE));
        String source = stored.getString("source.id") + "-restated";
        String document = stored.getString("document");
        Path file = StudioProfile.facts().resolve(source + ".yaml");

        Map<String, Object> bad = restated(
                source, document, List.of("defence"), List.of("rrhc-jobs", "rrhc-nowhere"), List.of("rrhc-sums"));
        JsonPath checked = curator.json()
                .body(bad)
                .post("/api/curation/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(checked.getList("errors", String.class))
                .allSatisfy(e -> assertThat(e).contains(source + ".yaml:"))
                .anySatisfy(e -> assertThat(e)
                        .endsWith("not-topics names 'defence', which is not a topic of the source"
                                + " ([water, rural-development])"))
                .anySatisfy(
                        e -> assertThat(e).endsWith("fact 'rrhc-jobs' covers 'rrhc-jobs': a fact cannot cover itself"))
                .anySatisfy(e -> assertThat(e)
                        .endsWith("fact 'rrhc-jobs' covers 'rrhc-nowhere': no file declares a list of that name under"
                                + " 'lists', and no fact has that id"))
                .anySatisfy(e -> assertThat(e)
                        .endsWith("fact 'rrhc-share-8736' covers 'rrhc-sums': it is the fact's own list; a member of a"
                                + " list does not restate it"))
                .hasSize(4);
        curator.json().body(bad).post("/api/curation/facts").then().statusCode(422);
        assertThat(file).doesNotExist();

        curator.json()
                .body(restated(
                        source, document, List.of("rural-development"), List.of("rrhc-outlay", "rrhc-sums"), List.of()))
                .post("/api/curation/facts")
                .then()
                .statusCode(201)
                .body("errors", org.hamcrest.Matchers.empty());
        assertThat(Files.readString(file))
                .contains("    not-topics: [rural-development]\n", "    covers: [rrhc-outlay, rrhc-sums]\n");
        assertThat(live.current().fact("rrhc-jobs").orElseThrow().covers()).containsExactly("rrhc-outlay", "rrhc-sums");
        JsonPath facts = curator.http()
                .get("/api/facts?source=" + source)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(facts.getList("find { it.id == 'rrhc-outlay' }.topics", String.class))
                .containsExactly("water");
        assertThat(facts.getList("find { it.id == 'rrhc-jobs' }.topics", String.class))
                .containsExactly("water", "rural-development");
    }

    /** Three facts of the rainwater release: the outlay not about some topics, jobs covering names, a list of one sum. */
    private static Map<String, Object> restated(
            String source, String document, List<String> notTopics, List<String> covers, List<String> shareCovers) {
        Map<String, Object> outlay = Drafts.fact(
                "rrhc-outlay",
                "The approved spending on the Rural Rainwater Harvesting Mission is {amount}.",
                "Approved spending of the Rural Rainwater Harvesting Mission",
                Map.of("amount", Drafts.money("12480")),
                null);
        outlay.put("notTopics", notTopics);
        Map<String, Object> jobs = Drafts.fact(
                "rrhc-jobs",
                "Around {jobs} should come from the Rural Rainwater Harvesting Mission.",
                "Employment from the Rural Rainwater Harvesting Mission",
                Map.of("jobs", Map.of("type", "number", "value", "3", "scale", "lakh", "unit", "jobs")),
                null);
        jobs.put("covers", covers);
        Map<String, Object> share = Drafts.fact(
                "rrhc-share",
                "The Centre pays {amount} of the Rural Rainwater Harvesting Mission's cost.",
                "Central part of the Rural Rainwater Harvesting Mission's cost",
                Map.of("amount", Drafts.money("8736")),
                null);
        share.put(
                "list",
                Map.of(
                        "name", "rrhc-sums",
                        "slot", "amount",
                        "complete", true,
                        "items", List.of("8736"),
                        "membersAre", "sums of the Centre"));
        share.put("covers", shareCovers);
        Map<String, Object> draft = new java.util.HashMap<>(Drafts.rainwater(source, document, "12480"));
        draft.put("facts", List.of(outlay, jobs, share));
        draft.put("entities", List.of());
        return draft;
    }
}
