package in.prelims.database;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.web.PackagedApp;
import java.io.RandomAccessFile;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.h2.tools.RunScript;
import org.h2.tools.Script;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app refuses a damaged or foreign database and leaves it as it was; a backup taken with
 * H2's SCRIPT restores into a fresh folder with every attempt (docs/operations.md).
 */
class DataSafetyIT {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    @TempDir
    static Path used;

    private static HttpClient aspirant;
    private static String attemptId;

    /** A database as the app leaves it after use: one guest's quiz, the app stopped cleanly. */
    @BeforeAll
    static void useTheApp() throws Exception {
        aspirant = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        try (PackagedApp app = new PackagedApp(used).start()) {
            HttpResponse<String> created = aspirant.send(
                    HttpRequest.newBuilder(app.uri("/api/quizzes"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"count\":5,\"timeLimitSeconds\":3600}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            Matcher id = ID.matcher(created.body());
            assertThat(id.find()).isTrue();
            attemptId = id.group(1);
            app.stop();
        }
    }

    @Test
    void aTruncatedFileStopsStartUpAndIsKept(@TempDir Path workDir) throws Exception {
        Path file = copyData(workDir);
        // A copy that stopped part-way through the newest chunk, the one the file's header names.
        String header = new String(Files.readAllBytes(file), 0, 200, java.nio.charset.StandardCharsets.ISO_8859_1);
        Matcher block = Pattern.compile("block:([0-9a-f]+)").matcher(header);
        assertThat(block.find()).as(header).isTrue();
        try (RandomAccessFile cut = new RandomAccessFile(file.toFile(), "rw")) {
            cut.setLength(Long.parseLong(block.group(1), 16) * 4096 + 1234);
        }
        String before = sha256(file);
        try (PackagedApp app = new PackagedApp(workDir)) {
            assertThat(app.startExpectingExit()).as("exit code").isNotZero();
            assertThat(app.logText())
                    .contains("cannot be used")
                    .contains("cut short")
                    .contains("Restore");
        }
        assertThat(sha256(file)).as("the file is untouched").isEqualTo(before);
    }

    @Test
    void anEmptiedFileStopsStartUpAndIsKept(@TempDir Path workDir) throws Exception {
        Path file = copyData(workDir);
        Files.write(file, new byte[0]);
        try (PackagedApp app = new PackagedApp(workDir)) {
            assertThat(app.startExpectingExit()).isNotZero();
            assertThat(app.logText()).contains("it is empty");
        }
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void tablesWithoutMigrationHistoryStopStartUp(@TempDir Path workDir) throws Exception {
        Files.createDirectories(workDir.resolve("data"));
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/prelims"), "sa", "")) {
            db.createStatement().execute("CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(50))");
            db.createStatement().execute("INSERT INTO customer VALUES (1, 'kept')");
        }
        try (PackagedApp app = new PackagedApp(workDir)) {
            assertThat(app.startExpectingExit()).isNotZero();
            assertThat(app.logText()).contains("CUSTOMER").contains("no migration history");
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + workDir.resolve("data/prelims"), "sa", "")) {
            var rows = db.createStatement().executeQuery("SELECT name FROM customer");
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("kept");
            assertThat(db.getMetaData()
                            .getTables(null, null, "QUIZ_ATTEMPT", null)
                            .next())
                    .as("nothing migrated")
                    .isFalse();
        }
    }

    @Test
    void aScriptBackupRestoresIntoAFreshFolder(@TempDir Path workDir) throws Exception {
        Path backup = workDir.resolve("backup.sql");
        Script.process("jdbc:h2:file:" + used.resolve("data/prelims"), "sa", "", backup.toString(), "", "");
        Path restored = workDir.resolve("restored");
        Files.createDirectories(restored.resolve("data"));
        Files.copy(used.resolve("data/session.key"), restored.resolve("data/session.key"));
        RunScript.execute("jdbc:h2:file:" + restored.resolve("data/prelims"), "sa", "", backup.toString(), null, false);
        try (PackagedApp app = new PackagedApp(restored).start()) {
            HttpResponse<String> attempt = aspirant.send(
                    HttpRequest.newBuilder(app.uri("/api/quizzes/" + attemptId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(attempt.statusCode()).as(attempt.body()).isEqualTo(200);
            assertThat(attempt.body()).contains(attemptId);
        }
    }

    @Test
    void aDatabaseThatRefusesWritesIsNotReadyAndSavesAre503(@TempDir Path workDir) throws Exception {
        copyData(workDir);
        String readOnly = "-Dquarkus.datasource.jdbc.url=jdbc:h2:file:./data/prelims;ACCESS_MODE_DATA=r";
        try (PackagedApp app = new PackagedApp(
                        workDir, Path.of("target/quarkus-app").toAbsolutePath(), Map.of(), List.of(readOnly))
                .startExpectingNotReady()) {
            HttpResponse<String> ready = aspirant.send(
                    HttpRequest.newBuilder(app.uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(ready.statusCode()).isEqualTo(503);
            assertThat(ready.body()).contains("DOWN").contains("refuses writes");
            HttpResponse<String> start = aspirant.send(
                    HttpRequest.newBuilder(app.uri("/api/quizzes"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString("{\"count\":5,\"timeLimitSeconds\":3600}"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(start.statusCode()).as(start.body()).isEqualTo(503);
            assertThat(start.headers().firstValue("Retry-After")).isPresent();
            assertThat(start.body()).contains("was not saved");
            HttpResponse<String> read = aspirant.send(
                    HttpRequest.newBuilder(app.uri("/api/quizzes/" + attemptId)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(read.statusCode()).as("reading still works").isEqualTo(200);
        }
    }

    private static Path copyData(Path workDir) throws Exception {
        Files.createDirectories(workDir.resolve("data"));
        Files.copy(used.resolve("data/session.key"), workDir.resolve("data/session.key"));
        Path file = workDir.resolve("data/prelims.mv.db");
        Files.copy(used.resolve("data/prelims.mv.db"), file);
        return file;
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
