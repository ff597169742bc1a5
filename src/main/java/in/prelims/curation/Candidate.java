package in.prelims.curation;

import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseException;
import in.prelims.fact.FactChecks;
import in.prelims.fact.FactError;
import in.prelims.fact.FactList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The fact base as it would be after a save: every file copied to a temporary folder next to the
 * real one, the draft written there, and the whole checked. Saving moves the written files in.
 */
final class Candidate implements AutoCloseable {

    static final String GAZETTEER = "entities.yaml";

    final Path factsDir;
    final Path temp;
    final String sourceFile;
    /** The base with the draft, or null when it does not load (see {@link #errors}). */
    FactBase base;

    final List<String> errors = new ArrayList<>();

    Candidate(Path factsDir, Path documentsDir, Draft draft) {
        this(factsDir, documentsDir, draft, Map.of());
    }

    /** @param lists the lists the live base declares, by name: a list declared already is not declared again */
    Candidate(Path factsDir, Path documentsDir, Draft draft, Map<String, FactList> lists) {
        this.factsDir = factsDir;
        this.sourceFile = draft.source().id() + ".yaml";
        try {
            temp = Files.createTempDirectory(factsDir, ".studio-");
            try (Stream<Path> files = Files.list(factsDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    Files.copy(f, temp.resolve(f.getFileName()));
                }
            }
            Path source = temp.resolve(sourceFile);
            Map<String, FactList> elsewhere = new LinkedHashMap<>();
            lists.forEach((name, list) -> {
                if (!Path.of(list.file()).getFileName().toString().equals(sourceFile)) elsewhere.put(name, list);
            });
            String text;
            try {
                text = Files.exists(source)
                        ? SourceWriter.merge(Files.readString(source, StandardCharsets.UTF_8), draft, elsewhere)
                        : SourceWriter.newFile(draft, elsewhere);
            } catch (ListMerge.Conflict conflict) {
                errors.addAll(conflict.problems);
                base = null;
                return;
            }
            Files.writeString(source, text, StandardCharsets.UTF_8);
            Path gazetteer = temp.resolve(GAZETTEER);
            if (!draft.entities().isEmpty()) {
                Files.writeString(gazetteer, SourceWriter.entities(Files.readString(gazetteer), draft.entities()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        base = load(documentsDir);
    }

    private FactBase load(Path documentsDir) {
        try {
            return FactChecks.loadAndCheck(temp, documentsDir);
        } catch (FactBaseException e) {
            for (FactError error : e.errors()) errors.add(readable(error));
            return null;
        }
    }

    /** Errors name the real file, not the temporary copy. */
    private String readable(FactError error) {
        return error.toString().replace(temp.toString(), factsDir.toString());
    }

    String text(String file) throws IOException {
        return Files.readString(temp.resolve(file), StandardCharsets.UTF_8);
    }

    /** Moves the source file and the gazetteer into place, each replaced atomically. */
    void commit() throws IOException {
        for (String file : List.of(GAZETTEER, sourceFile)) {
            Files.move(
                    temp.resolve(file),
                    factsDir.resolve(file),
                    StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        }
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.list(temp)) {
            for (Path f : files.toList()) Files.deleteIfExists(f);
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a leftover temporary folder holds no *.yaml the loader reads
        }
    }
}
