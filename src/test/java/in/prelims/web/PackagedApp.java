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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged app (target/quarkus-app) as a real process with its own working directory, so its
 * default file database lands under {@code workDir/data}. For tests that kill and restart it.
 */
public final class PackagedApp implements AutoCloseable {

    private static final Path PROJECT = Path.of("").toAbsolutePath();

    private final Path workDir;
    private final Path appDir;
    private final Map<String, String> env;
    private final List<String> options;
    private final int port;
    private Process process;

    public PackagedApp(Path workDir) {
        this(workDir, PROJECT.resolve("target/quarkus-app"), Map.of(), List.of());
    }

    /**
     * @param appDir  a {@code quarkus-app} directory (the packaged app, or a re-augmented copy of it)
     * @param env     environment variables added to the app's (database, session key)
     * @param options further JVM options, such as {@code -Dquiz.auto-submit-every=1s}
     */
    public PackagedApp(Path workDir, Path appDir, Map<String, String> env, List<String> options) {
        this.workDir = workDir;
        this.appDir = appDir;
        this.env = env;
        this.options = options;
        this.port = freePort();
    }

    public int port() {
        return port;
    }

    public Path log() {
        return workDir.resolve("app.log");
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

    /** Starts the app and waits until it listens, expecting it to report itself not ready. */
    public PackagedApp startExpectingNotReady() throws IOException, InterruptedException {
        process = launch();
        await(503);
        return this;
    }

    /** Starts the app expecting it to refuse: waits up to 60 s for it to exit and returns its exit code. */
    public int startExpectingExit() throws IOException, InterruptedException {
        process = launch();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            kill();
            String log = logText();
            throw new IllegalStateException(
                    "the app kept running; its log ends:\n" + log.substring(Math.max(0, log.length() - 3000)));
        }
        return process.exitValue();
    }

    /** What the app has logged so far, over all its starts. */
    public String logText() throws IOException {
        return java.nio.file.Files.readString(log());
    }

    /** Asks the app to stop as Ctrl-C would, and waits until it has. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }

    private Process launch() throws IOException {
        List<String> command = new ArrayList<>(List.of(
                "java",
                "-Xmx192m",
                "-XX:+UseSerialGC",
                "-Dquarkus.http.port=" + port,
                "-Dfacts.dir=" + PROJECT.resolve("questions"),
                "-Dquestion-templates.dir=" + PROJECT.resolve("templates"),
                "-Dfacts.documents-dir=" + PROJECT.resolve("../shared/seeds").normalize()));
        command.addAll(options);
        command.addAll(List.of("-jar", appDir.resolve("quarkus-run.jar").toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log().toFile()));
        builder.environment().putAll(env);
        return builder.start();
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
        await(200);
    }

    private void await(int readiness) throws InterruptedException {
        HttpClient client = HttpClient.newHttpClient();
        Instant giveUp = Instant.now().plus(Duration.ofSeconds(120));
        while (Instant.now().isBefore(giveUp)) {
            if (!process.isAlive())
                throw new IllegalStateException("the app exited; see " + workDir.resolve("app.log"));
            try {
                HttpResponse<Void> r = client.send(
                        HttpRequest.newBuilder(uri("/q/health/ready")).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == readiness) return;
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the app was not ready within 120 s; see " + workDir.resolve("app.log"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
