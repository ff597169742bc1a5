package in.prelims.pdf;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * 17 PDF requests at once with 2 renderers and a short queue: each gets its PDF or a 503 with
 * Retry-After and a message, never a 500; some get through, and the refused ones are not left waiting.
 */
@QuarkusTest
@TestProfile(PdfConcurrencyTest.TwoRenderers.class)
class PdfConcurrencyTest {

    static final int REQUESTS = 17;

    public static class TwoRenderers implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A PDF on a loaded two-core machine can take longer than the usual 30 s test timeout.
            return Map.of("pdf.concurrent", "2", "pdf.queue-wait", "200ms", "quarkus.http.test-timeout", "300s");
        }
    }

    @Test
    void eachParallelRequestGetsAPdfOrA503WithRetryAfter() throws Exception {
        given().get("/worksheets.pdf?count=10&seed=99").then().statusCode(200);
        ExecutorService pool = Executors.newFixedThreadPool(REQUESTS);
        try {
            List<Future<Response>> responses = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                String path =
                        i % 2 == 0 ? "/worksheets.pdf?count=40&sets=3&seed=" + i : "/flashcards.pdf?count=60&seed=" + i;
                responses.add(pool.submit(() -> given().get(path)));
            }
            int pdfs = 0;
            int busy = 0;
            for (Future<Response> future : responses) {
                Response response = future.get();
                int status = response.statusCode();
                assertThat(status).as(response.asString()).isIn(200, 503);
                if (status == 200) {
                    assertThat(response.contentType()).isEqualTo("application/pdf");
                    assertThat(response.asByteArray()).startsWith("%PDF".getBytes());
                    pdfs++;
                } else {
                    assertThat(response.header("Retry-After")).isEqualTo("5");
                    assertThat(response.jsonPath().getString("error")).contains("Try again in a few seconds");
                    busy++;
                }
            }
            assertThat(pdfs).isPositive();
            assertThat(busy)
                    .as("with two renderers and a 200 ms queue some of 17 are turned away")
                    .isPositive();
        } finally {
            pool.shutdownNow();
        }
    }
}
