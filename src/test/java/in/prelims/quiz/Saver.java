package in.prelims.quiz;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Saves answers to one attempt over plain HTTP from many threads at once, as the tabs of one
 * browser do: every request carries the same guest cookie.
 */
final class Saver {

    record Reply(int status, String body) {}

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final URI app;
    private final String cookie;
    private final JsonPath started;

    private Saver(URI app, String cookie, JsonPath started) {
        this.app = app;
        this.cookie = cookie;
        this.started = started;
    }

    /** Starts a quiz as {@code client} (whose jar gets the guest cookie) and saves with that cookie. */
    static Saver startQuiz(URI app, QuizClient client, String body) {
        Response response =
                client.http().contentType(ContentType.JSON).body(body).post("/api/quizzes");
        response.then().statusCode(201);
        return new Saver(app, "prelims_guest=" + response.cookie("prelims_guest"), response.jsonPath());
    }

    JsonPath started() {
        return started;
    }

    Reply put(String id, int index, String body) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(app.resolve("/api/quizzes/" + id + "/answers/" + index))
                        .timeout(Duration.ofSeconds(30))
                        .header("Content-Type", "application/json")
                        .header("Cookie", cookie)
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.body());
    }
}
