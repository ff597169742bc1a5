package in.prelims.generation;

import in.prelims.fact.FactError;
import in.prelims.fact.Fields;
import in.prelims.fact.YamlNode;
import in.prelims.fact.YamlReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads every {@code *.yaml} file of the templates folder and checks each template key by key. */
final class TemplateReader {

    private static final Set<String> FILE_KEYS = Set.of("style", "phrases", "topics", "headings", "templates");
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final List<FactError> errors = new ArrayList<>();
    private final Map<String, String> seenIds = new HashMap<>();

    private TemplateReader() {}

    /** Loads the folder; throws {@link TemplateFileException} listing every error found. */
    static QuestionTemplates load(Path dir) {
        TemplateReader reader = new TemplateReader();
        List<Phrasing> phrasings = new ArrayList<>();
        for (Path file : reader.files(dir)) phrasings.addAll(reader.readFile(file));
        if (!reader.errors.isEmpty()) {
            List<FactError> sorted = new ArrayList<>(reader.errors);
            sorted.sort(Comparator.comparing(FactError::file).thenComparingInt(FactError::line));
            throw new TemplateFileException(sorted);
        }
        return new QuestionTemplates(phrasings);
    }

    private List<Path> files(Path dir) {
        if (!Files.isDirectory(dir)) {
            errors.add(new FactError(
                    dir.toAbsolutePath().normalize().toString(),
                    0,
                    "the templates folder does not exist (setting question-templates.dir; a relative path is read"
                            + " from the folder the server runs in)"));
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(
                            p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
                    .sorted()
                    .toList();
            if (found.isEmpty()) errors.add(new FactError(dir.toString(), 0, "no template files (*.yaml) found"));
            return found;
        } catch (IOException e) {
            errors.add(new FactError(dir.toString(), 0, "cannot list the folder: " + e.getMessage()));
            return List.of();
        }
    }

    private List<Phrasing> readFile(Path path) {
        String file = path.toString();
        YamlNode root;
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            root = new YamlReader(file, errors).read(in);
        } catch (IOException e) {
            errors.add(new FactError(file, 0, "cannot read the file: " + e.getMessage()));
            return List.of();
        }
        if (root == null) return List.of();
        Fields top = Fields.of(root, "the template file", FILE_KEYS, file, errors);
        if (top == null) return List.of();
        String style = top.requiredText("style");
        if (style != null && !SLUG.matcher(style).matches()) {
            top.error(top.line("style"), "style '" + style + "' must be a lower-case slug");
        }
        Fields phrases = top.has("phrases")
                ? Fields.of(top.node("phrases"), "phrases", TemplateKeys.anyKind(), file, errors)
                : null;
        if (!(top.node("templates") instanceof YamlNode.Sequence seq)
                || seq.items().isEmpty()) {
            top.error(top.line("templates"), "the file needs a non-empty 'templates' list");
            return List.of();
        }
        Phrasing.Words words = words(top);
        List<Phrasing> out = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            Phrasing p = new TemplateItemReader(file, errors, phrases, words).read(item, style);
            if (p != null && unique(p)) out.add(p);
        }
        return out;
    }

    /** {@code topics: {slug: name}} and {@code headings: {relation: [Left, Right]}}, both optional. */
    private Phrasing.Words words(Fields top) {
        Map<String, String> topics = new HashMap<>();
        if (top.has("topics")) {
            top.entries("topics").forEach((slug, entry) -> {
                if (entry.value() instanceof YamlNode.Scalar s && !s.text().isBlank()) topics.put(slug, s.text());
                else top.error(entry.keyLine(), "topic '" + slug + "' needs a name");
            });
        }
        Map<String, List<String>> headings = new HashMap<>();
        if (top.has("headings")) {
            top.entries("headings").forEach((relation, entry) -> {
                List<String> names = top.textList(entry.value(), "column headings");
                if (names.size() == 2 || names.size() == 3) headings.put(relation, names);
                else top.error(entry.keyLine(), "relation '" + relation + "' needs two or three column headings");
            });
        }
        return new Phrasing.Words(Map.copyOf(topics), Map.copyOf(headings));
    }

    private boolean unique(Phrasing p) {
        String first = seenIds.putIfAbsent(p.id(), p.file() + ":" + p.line());
        if (first == null) return true;
        errors.add(
                new FactError(p.file(), p.line(), "duplicate template id '" + p.id() + "' (first at " + first + ")"));
        return false;
    }
}
