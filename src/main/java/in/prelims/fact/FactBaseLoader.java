package in.prelims.fact;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.stream.Stream;

/** Loads a fact folder (source files plus {@code entities.yaml}) and checks it as a whole. */
public final class FactBaseLoader {

    /** Each entity type used by a slot needs this many entries: the key plus three distractors. */
    static final int MIN_ENTITIES_PER_TYPE = 4;

    private FactBaseLoader() {}

    /** Loads and validates; throws {@link FactBaseException} listing every error found. */
    public static FactBase load(Path dir) {
        List<FactError> errors = new ArrayList<>();
        FactBase base = load(dir, errors);
        if (!errors.isEmpty()) throw new FactBaseException(errors);
        return base;
    }

    /** Loads what is valid and records every error; null when the folder does not exist. */
    static FactBase load(Path dir, List<FactError> errors) {
        if (!Files.isDirectory(dir)) {
            errors.add(new FactError(
                    dir.toAbsolutePath().normalize().toString(),
                    0,
                    "the fact folder does not exist (setting facts.dir, or the first argument of validate-facts;"
                            + " a relative path is read from the folder the command runs in)"));
            return null;
        }
        // the gazetteer is read on a pool thread while the source files are parsed in parallel; they are
        // merged in file order after it, so facts and errors keep their order
        List<FactError> gazetteerErrors = new ArrayList<>();
        ForkJoinTask<List<GazetteerReader.Located>> gazetteerRead =
                ForkJoinPool.commonPool().submit(() -> readGazetteer(dir, gazetteerErrors));
        List<FactError> listingErrors = new ArrayList<>();
        List<FileResult> results = sourceFiles(dir, listingErrors).parallelStream()
                .map(FactBaseLoader::readSourceFile)
                .toList();
        List<GazetteerReader.Located> entities = gazetteerRead.join();
        errors.addAll(gazetteerErrors);
        errors.addAll(listingErrors);
        Gazetteer gazetteer = new Gazetteer(
                entities.stream().map(GazetteerReader.Located::entity).toList());

        List<Fact> facts = new ArrayList<>();
        List<Source> sources = new ArrayList<>();
        List<FactList> declared = new ArrayList<>();
        for (FileResult result : results) {
            errors.addAll(result.errors());
            facts.addAll(result.facts());
            declared.addAll(result.lists());
            if (!result.facts().isEmpty()) sources.add(result.facts().get(0).source());
        }
        checkUniqueIds(facts, errors);
        checkRelationColumns(facts, errors);
        checkEntities(facts, gazetteer, errors);
        facts = Articles.give(facts, gazetteer, errors);
        Lists lists = Lists.build(declared, facts, gazetteer, errors);
        checkCovers(facts, declared, errors);
        return new FactBase(sources, lists.facts(), gazetteer, lists.byName());
    }

    private record FileResult(List<Fact> facts, List<FactList> lists, List<FactError> errors) {}

    private static FileResult readSourceFile(Path file) {
        List<FactError> fileErrors = new ArrayList<>();
        String name = file.getFileName().toString();
        YamlNode root = parse(file, fileErrors);
        SourceFileReader reader = new SourceFileReader(file.toString(), fileErrors);
        List<Fact> read = reader.read(root, name.substring(0, name.lastIndexOf('.')));
        return new FileResult(read, reader.lists(), fileErrors);
    }

    private static List<GazetteerReader.Located> readGazetteer(Path dir, List<FactError> errors) {
        Path file = dir.resolve(GazetteerReader.FILE_NAME);
        return Files.exists(file)
                ? GazetteerReader.read(parse(file, errors), file.toString(), errors)
                : missingGazetteer(file, errors);
    }

    private static List<GazetteerReader.Located> missingGazetteer(Path file, List<FactError> errors) {
        errors.add(new FactError(file.toString(), 0, "the gazetteer file is missing"));
        return List.of();
    }

    private static YamlNode parse(Path file, List<FactError> errors) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            // UTF-8 has at least one byte per character: the size bounds the text, and the buffer is not regrown
            return new YamlReader(file.toString(), errors).read(reader, (int) Math.min(Files.size(file), 1 << 26));
        } catch (IOException e) {
            errors.add(new FactError(file.toString(), 0, "cannot read the file: " + e.getMessage()));
            return null;
        }
    }

    private static List<Path> sourceFiles(Path dir, List<FactError> errors) {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .filter(p -> !p.getFileName().toString().equals(GazetteerReader.FILE_NAME))
                    .filter(p -> !p.getFileName().toString().equals(TopicNames.FILE_NAME))
                    .sorted()
                    .toList();
            if (found.isEmpty()) errors.add(new FactError(dir.toString(), 0, "no source files (*.yaml) found"));
            return found;
        } catch (IOException e) {
            errors.add(new FactError(dir.toString(), 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private static void checkUniqueIds(List<Fact> facts, List<FactError> errors) {
        Map<String, Fact> seen = new HashMap<>();
        for (Fact fact : facts) {
            Fact first = seen.putIfAbsent(fact.id(), fact);
            if (first != null) {
                errors.add(new FactError(
                        fact.file(),
                        fact.line(),
                        "duplicate fact id '" + fact.id() + "' (first defined at " + first.file() + ":" + first.line()
                                + ")"));
            }
        }
        for (Fact fact : facts) {
            String by = fact.explainedBy();
            if (by != null && (by.equals(fact.id()) || !seen.containsKey(by))) {
                errors.add(new FactError(
                        fact.file(), fact.line(), "explained-by '" + by + "' must name another fact of the base"));
            }
        }
    }

    /**
     * A fact's {@code covers} names a list some file declares, or another fact: what the fact restates in other
     * words. Its own list or itself would rule the fact out of every paper.
     */
    private static void checkCovers(List<Fact> facts, List<FactList> declared, List<FactError> errors) {
        Set<String> lists = new HashSet<>();
        declared.forEach(l -> lists.add(l.name()));
        Set<String> ids = new HashSet<>();
        facts.forEach(f -> ids.add(f.id()));
        for (Fact fact : facts) {
            for (String name : fact.covers()) {
                String problem = null;
                if (name.equals(fact.id())) problem = "a fact cannot cover itself";
                else if (fact.list() != null && name.equals(fact.list().name()))
                    problem = "it is the fact's own list; a member of a list does not restate it";
                else if (!lists.contains(name) && !ids.contains(name))
                    problem = "no file declares a list of that name under 'lists', and no fact has that id";
                if (problem != null) {
                    errors.add(new FactError(
                            fact.file(), fact.line(), "fact '" + fact.id() + "' covers '" + name + "': " + problem));
                }
            }
        }
    }

    /** Facts of one relation make rows of one table: all pairs, or all three columns. */
    private static void checkRelationColumns(List<Fact> facts, List<FactError> errors) {
        Map<String, Fact> first = new HashMap<>();
        for (Fact fact : facts) {
            if (fact.relation() == null) continue;
            Fact other = first.putIfAbsent(fact.relation().name(), fact);
            if (other != null
                    && other.relation().columns().size()
                            != fact.relation().columns().size()) {
                errors.add(new FactError(
                        fact.file(),
                        fact.line(),
                        "relation '" + fact.relation().name() + "' has "
                                + fact.relation().columns().size()
                                + " columns here but "
                                + other.relation().columns().size() + " at "
                                + other.file() + ":" + other.line() + "; give every fact of a relation the same"
                                + " columns (left, right, and middle for three)"));
            }
        }
    }

    private static void checkEntities(List<Fact> facts, Gazetteer gazetteer, List<FactError> errors) {
        Map<String, Fact> usedTypes = new HashMap<>();
        for (Fact fact : facts) {
            for (Slot slot : fact.slots().values()) {
                if (slot.kind() != SlotKind.ENTITY) continue;
                usedTypes.putIfAbsent(slot.type(), fact);
                checkEntity(fact, slot, slot.value(), gazetteer, errors);
                fact.alsoTrue(slot.name()).forEach(v -> checkEntity(fact, slot, v, gazetteer, errors));
            }
        }
        usedTypes.forEach((type, fact) -> {
            int count = gazetteer.ofType(type).size();
            if (count < MIN_ENTITIES_PER_TYPE) {
                errors.add(new FactError(
                        fact.file(),
                        fact.line(),
                        "entity type '" + type + "' has " + count + " entries in the gazetteer; it needs at least "
                                + MIN_ENTITIES_PER_TYPE));
            }
        });
    }

    private static void checkEntity(Fact fact, Slot slot, String value, Gazetteer gazetteer, List<FactError> errors) {
        Entity entity = gazetteer.find(value).orElse(null);
        if (entity == null) {
            errors.add(new FactError(
                    fact.file(),
                    fact.line(),
                    "fact '" + fact.id() + "', slot '" + slot.name() + "': '" + value + "' is not in the gazetteer ("
                            + GazetteerReader.FILE_NAME + ")"));
        } else if (!entity.type().equals(slot.type())) {
            errors.add(new FactError(
                    fact.file(),
                    fact.line(),
                    "fact '" + fact.id() + "', slot '" + slot.name() + "': '" + value + "' is a " + entity.type()
                            + " in the gazetteer, not a " + slot.type()));
        }
    }
}
