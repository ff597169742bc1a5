package in.prelims.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
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
        JsonPath stored = curator.json()
                .body(Map.of("text", Files.readString(RELEASE)))
                .post("/api/curation/documents")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
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
}
