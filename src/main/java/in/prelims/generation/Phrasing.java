package in.prelims.generation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One template: the wording of one kind in one style, read from a file under {@code templates/}.
 *
 * @param texts  key to text, with the file's shared phrases filled in
 * @param counts how-many option labels in the order shown, each with the count it stands for
 * @param words  the file's names for topics and column headings for relations
 */
record Phrasing(
        Kind kind,
        String id,
        String style,
        Map<String, String> texts,
        List<CountLabel> counts,
        String file,
        int line,
        Words words) {

    record CountLabel(int count, String label) {}

    /** Each template text cut at its placeholders once; template files hold a few hundred texts. */
    private static final Map<String, SplitText> SPLIT = new ConcurrentHashMap<>();

    /**
     * @param topics   topic slug to the name a lead-in uses ("India–Japan relations")
     * @param headings relation name to the column headings of a matching item
     */
    record Words(Map<String, String> topics, Map<String, List<String>> headings) {
        static final Words NONE = new Words(Map.of(), Map.of());
    }

    Phrasing(
            Kind kind,
            String id,
            String style,
            Map<String, String> texts,
            List<CountLabel> counts,
            String file,
            int line) {
        this(kind, id, style, texts, counts, file, line, Words.NONE);
    }

    String text(String key) {
        return texts.get(key);
    }

    boolean has(String key) {
        return texts.containsKey(key);
    }

    int number(String key) {
        return Integer.parseInt(texts.get(key));
    }

    boolean askingCorrect() {
        return "correct".equals(texts.get("ask-for"));
    }

    /** The text of {@code key} with each {name} replaced; values are taken literally. */
    String fill(String key, Map<String, String> values) {
        String text = texts.get(key);
        return SPLIT.computeIfAbsent(text, SplitText::of).fill(values::get);
    }

    /** Whether items of this phrasing list the members of a fact list: its question line names {@code {members}}. */
    boolean listsMembers() {
        String line = texts.get("question-line");
        return line != null && line.contains("{members}");
    }

    /** How a lead-in names the topic: the file's name for it, else its slug in words. */
    String topicName(String topic) {
        return words.topics().getOrDefault(topic, topic.replace('-', ' '));
    }

    /** Column headings for a matching item of the relation; empty when the file names none. */
    List<String> headings(String relation) {
        return words.headings().getOrDefault(relation, List.of());
    }
}
