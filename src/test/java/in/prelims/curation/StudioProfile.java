package in.prelims.curation;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/** The app on a temporary copy of the shipped facts and documents, so curating never touches questions/. */
public class StudioProfile implements QuarkusTestProfile {

    static final Path ROOT = copy();

    static Path facts() {
        return ROOT.resolve("questions");
    }

    static Path documents() {
        return ROOT.resolve("seeds");
    }

    /** This profile's copy; a subclass with its own copy gets an app of its own, unaffected by other tests' saves. */
    Path root() {
        return ROOT;
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "facts.dir",
                root().resolve("questions").toString(),
                "facts.documents-dir",
                root().resolve("seeds").toString());
    }

    static Path copy() {
        try {
            Path root = Files.createTempDirectory("studio-test-");
            copyFolder(Path.of("questions"), root.resolve("questions"));
            copyFolder(Path.of("../shared/seeds"), root.resolve("seeds"));
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
    }
}
