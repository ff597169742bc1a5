package in.prelims.curation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The second, unseen trial of docs/curation.md: a 404-word PIB-style release the label rules were never tuned
 * on (PM Gramin Dialysis Seva Abhiyan, 12-March-2024, Rs. 4,850 crore, 2024-25, 3.6 lakh, five States) becomes
 * 15 reviewed facts through the studio's JSON API as the curator drafted them (11 drafts, one a list of five
 * States), including the label the checks refused on the way, and they are live and asked without a restart.
 */
@QuarkusTest
@TestProfile(StudioProfile.class)
class CuratorSecondTrialTest {

    static final Path RELEASE = Path.of("src/test/resources/curation/dialysis-abhiyan-release.txt");
    static final Path DRAFT = Path.of("src/test/resources/curation/dialysis-abhiyan-draft.json");
    private static final String LIST_LABEL = "\"label\": \"First-phase State of the PM-GDSA\"";

    @Test
    void anUnseenFourHundredWordReleaseBecomesFifteenLiveFacts() throws IOException {
        Curator curator = Curator.create("user,curator").logIn();
        JsonPath stored = curator.storeDocument(Files.readString(RELEASE));
        String id = stored.getString("source.id");
        assertThat(id).isEqualTo("pib-2024-03-12-union-health-minister-launches-pradhan");
        assertThat(stored.getString("source.published")).isEqualTo("2024-03-12");
        assertThat(stored.getString("source.publisher")).isEqualTo("Press Information Bureau");
        assertThat(stored.getString("analysis.subject")).isEqualTo("Pradhan Mantri Gramin Dialysis Seva Abhiyan");
        List<Map<String, Object>> values = stored.getList("analysis.values");
        assertThat(values)
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "Rs. 4,850 crore")
                        .containsEntry("value", "4850")
                        .containsEntry("currency", "INR"))
                .anySatisfy(v -> assertThat(v).containsEntry("text", "2024-25").containsEntry("type", "fiscal-year"))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "3.6 lakh")
                        .containsEntry("scale", "lakh")
                        .containsEntry("suggestedUnit", "patients"))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("text", "2,400")
                        .containsEntry("suggestedUnit", "dialysis machines"));
        assertThat(stored.getList("analysis.candidates.text", String.class))
                .contains("Ministry of Health and Family Welfare", "Uttar Pradesh");

        String draft =
                Files.readString(DRAFT).replace("${id}", id).replace("${document}", stored.getString("document"));
        // the curator's first label for the list: the list's item is added to it, and with the scheme's long
        // name the members' labels run past 80 characters; the check refuses it and nothing is written
        String tooLong = draft.replace(
                LIST_LABEL,
                "\"label\": \"State beginning the first phase of the Pradhan Mantri Gramin Dialysis Seva Abhiyan\"");
        assertThat(tooLong).isNotEqualTo(draft);
        JsonPath refused = curator.json()
                .body(tooLong)
                .post("/api/curation/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(refused.getList("errors", String.class))
                .isNotEmpty()
                .anySatisfy(e -> assertThat(e).contains("label is longer than 80 characters"));

        JsonPath checked = curator.json()
                .body(draft)
                .post("/api/curation/check")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertThat(checked.getList("errors")).isEmpty();
        assertThat(checked.getList("forms.searched.flatten()", String.class)).contains("Rs. 4,850 crore");

        JsonPath saved = curator.json()
                .body(draft)
                .post("/api/curation/facts")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        // the one own-words warning of the trial, kept: the run is the ministry's six-word name between "the" and "is"
        assertThat(saved.getList("warnings", String.class))
                .singleElement()
                .satisfies(w -> assertThat(w).contains("the ministry of health and family welfare is"));

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
                        "total-outlay-of-the-pradhan-mantri-grami", "first-phase-state-of-the-pm-gdsa-madhya-pradesh");
        assertThat(facts)
                .filteredOn(f -> f.get("id").equals("first-phase-state-of-the-pm-gdsa-bihar"))
                .singleElement()
                .satisfies(f -> assertThat(f.get("alsoTrue"))
                        .isEqualTo(Map.of("slot", List.of("Uttar Pradesh", "Jharkhand", "Assam", "Madhya Pradesh"))));
        curator.http()
                .get("/api/questions?sources=" + id + "&count=4&seed=11&kinds=mcq")
                .then()
                .statusCode(200)
                .body("$", not(empty()))
                .body("sources.flatten().id", everyItem(equalTo(id)))
                .body("stem", hasItems("What is the total outlay of the Pradhan Mantri Gramin Dialysis Seva Abhiyan?"));
        curator.http()
                .get("/api/questions?period=2024-03&count=5&seed=2&kinds=true-false")
                .then()
                .statusCode(200)
                .body("$", not(empty()))
                .body("sources.flatten().published", everyItem(equalTo("2024-03-12")));
    }
}
