package in.prelims.fact;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FactApiResourceTest {

    private final FactBase onDisk = FactBaseLoader.load(ShippedFactBaseTest.FACTS);

    @Test
    void listsTheWholeCuratedBaseWithRenderedText() {
        Fact sample = onDisk.facts().get(0);
        given().get("/api/facts")
                .then()
                .statusCode(200)
                .body("size()", equalTo(onDisk.facts().size()))
                .body("text", everyItem(not(containsString("{"))))
                .body("source.id.unique().size()", equalTo(5))
                .body("find { it.id == '" + sample.id() + "' }.text", equalTo(sample.render()))
                .body(
                        "find { it.id == '" + sample.id() + "' }.source.publisher",
                        equalTo(sample.source().publisher()));
    }

    @Test
    void slotsCarryTypeValueAndDisplay() {
        Fact withNumber = onDisk.facts().stream()
                .filter(f -> f.slots().values().stream().anyMatch(s -> s.kind() == SlotKind.NUMBER))
                .findFirst()
                .orElseThrow();
        Slot number = withNumber.slots().values().stream()
                .filter(s -> s.kind() == SlotKind.NUMBER)
                .findFirst()
                .orElseThrow();
        String path = "find { it.id == '" + withNumber.id() + "' }.slots." + number.name();
        given().get("/api/facts")
                .then()
                .statusCode(200)
                .body(path + ".type", equalTo("number"))
                .body(path + ".value", equalTo(number.value()))
                .body(path + ".display", equalTo(number.display()));
    }

    @Test
    void sourcesCountTheirFacts() {
        List<Map<String, Object>> sources = given().get("/api/sources")
                .then()
                .statusCode(200)
                .body("", hasSize(5))
                .extract()
                .jsonPath()
                .getList("");
        int total = sources.stream().mapToInt(s -> (Integer) s.get("facts")).sum();
        org.assertj.core.api.Assertions.assertThat(total)
                .isEqualTo(onDisk.facts().size());
    }

    @Test
    void filtersByTopicAndRejectsUnknownOnes() {
        String topic = onDisk.topicCounts().keySet().iterator().next();
        given().queryParam("topic", topic)
                .get("/api/facts")
                .then()
                .statusCode(200)
                .body("size()", equalTo(onDisk.topicCounts().get(topic).intValue()));
        given().queryParam("topic", "astrology")
                .get("/api/facts")
                .then()
                .statusCode(400)
                .body("error", containsString("Unknown topic 'astrology'"));
        given().queryParam("source", "no-such-source")
                .get("/facts")
                .then()
                .statusCode(400)
                .body("error", containsString("Unknown source 'no-such-source'"));
    }

    @Test
    void readinessIsUp() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
