package in.prelims.web;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * The packaged app (target/quarkus-app) as a real process with its own working directory, so its
 * default file database lands under {@code workDir/data}. For tests that kill and restart it.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private final Path workDir;
    private final int port;
    private Process process;

    public PackagedApp(Path workDir) {
        this.workDir = workDir;
        this.port = freePort();
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    /** Starts the app and waits until it reports ready. */
    public PackagedApp start() throws IOException, InterruptedException {
        process = launch();
        awaitReady();
        return this;
    }

    /** Starts the app expecting it to refuse: waits up to 60 s for it to exit and returns its exit code. */
    public int startExpectingExit() throws IOException, InterruptedException {
        process = launch();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
            throw new IllegalStateException("the app kept running; see " + workDir.resolve("app.log"));
        }
        return process.exitValue();
    }

    /** What the app has logged so far (the log is rewritten at each start). */
    public String log() throws IOException {
        return java.nio.file.Files.readString(workDir.resolve("app.log"));
    }

    /** Asks the app to stop as Ctrl-C would, and waits until it has. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private Process launch() throws IOException {
        return new ProcessBuilder(
                        "java",
                        "-Xmx512m",
                        "-Dquarkus.http.port=" + port,
                        "-Dfacts.dir=" + PROJECT.resolve("questions"),
                        "-Dquestion-templates.dir=" + PROJECT.resolve("templates"),
                        "-Dfacts.documents-dir="
                                + PROJECT.resolve("../shared/seeds").normalize(),
                        "-jar",
                        PROJECT.resolve("target/quarkus-app/quarkus-run.jar").toString())
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(workDir.resolve("app.log").toFile())
                .start();
    }

    /** SIGKILL: no shutdown hooks, no flushing. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) kill();
    }

    private void awaitReady() throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(60));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive())
                throw new IllegalStateException("the app exited; see " + workDir.resolve("app.log"));
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app was not ready within 60 s; see " + workDir.resolve("app.log"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
