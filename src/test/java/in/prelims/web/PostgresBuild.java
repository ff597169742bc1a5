package in.prelims.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The packaged app re-augmented for PostgreSQL the way docs/operations.md tells an operator to: a
 * copy of target/quarkus-app, rebuilt once with QUIZ_DB_KIND=postgresql and quarkus.launch.rebuild.
 */
public final class PostgresBuild {

    private static final Path PACKAGED = Path.of("target/quarkus-app").toAbsolutePath();

    private PostgresBuild() {}

    /** Returns the re-augmented {@code quarkus-app} directory under {@code dir}. */
    public static Path under(Path dir) throws IOException, InterruptedException {
        // The app finds its parts relative to a directory of this name.
        Path app = dir.resolve("quarkus-app");
        copy(PACKAGED, app);
        ProcessBuilder rebuild = new ProcessBuilder(List.of(
                        "java",
                        "-Dquarkus.launch.rebuild=true",
                        "-jar",
                        app.resolve("quarkus-run.jar").toString()))
                .directory(dir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("reaugment.log").toFile());
        rebuild.environment().put("QUIZ_DB_KIND", "postgresql");
        int exit = rebuild.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(
                    "re-augmentation failed (" + exit + "); see " + dir.resolve("reaugment.log"));
        }
        return app;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }
}
