package in.prelims.fact;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * What a topic slug is called for people ("india-japan" is "India–Japan relations"), from
 * {@code topics.yaml} in the fact folder ({@code topics: {slug: label}}); a slug without a label is
 * shown with its words capitalised.
 */
public final class TopicNames {

    public static final String FILE_NAME = "topics.yaml";

    private final Map<String, String> labels;

    TopicNames(Map<String, String> labels) {
        this.labels = Map.copyOf(labels);
    }

    /** Reads the folder's topics.yaml; none there means no labels. */
    public static TopicNames read(Path factDir) {
        Path file = factDir.resolve(FILE_NAME);
        if (!Files.exists(file)) {
            return new TopicNames(Map.of());
        }
        try {
            Map<?, ?> root = new ObjectMapper(new YAMLFactory()).readValue(file.toFile(), Map.class);
            Object topics = root == null ? null : root.get("topics");
            if (!(topics instanceof Map<?, ?> map)) {
                throw new FactBaseException(
                        java.util.List.of(new FactError(file.toString(), 1, "expected a map 'topics: {slug: label}'")));
            }
            return new TopicNames(map.entrySet().stream()
                    .collect(Collectors.toMap(e -> String.valueOf(e.getKey()), e -> String.valueOf(e.getValue()))));
        } catch (IOException e) {
            throw new FactBaseException(
                    java.util.List.of(new FactError(file.toString(), 1, "cannot read topic names: " + e.getMessage())));
        }
    }

    /** The label, or the slug's words capitalised: "space-policy" is "Space policy". */
    public String name(String slug) {
        String label = labels.get(slug);
        if (label != null) {
            return label;
        }
        String words = Arrays.stream(slug.split("-")).collect(Collectors.joining(" "));
        return words.isEmpty() ? slug : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }

    public boolean has(String slug) {
        return labels.containsKey(slug);
    }
}
