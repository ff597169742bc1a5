package in.prelims.generation;

import java.util.List;
import java.util.Map;

/**
 * One template: the wording of one kind in one style, read from a file under {@code templates/}.
 *
 * @param texts  key to text, with the file's shared phrases filled in
 * @param counts how-many option labels in the order shown, each with the count it stands for
 */
record Phrasing(
        Kind kind, String id, String style, Map<String, String> texts, List<CountLabel> counts, String file, int line) {

    record CountLabel(int count, String label) {}

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
        return Texts.fill(texts.get(key), values::get);
    }
}
