package in.prelims.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question line as printed: the words that turn it round ("not", "incorrect") stand out, so no
 * candidate misses them. Pages bold them; plain-text exports write NOT in capitals.
 */
public final class QuestionLine {

    private static final Pattern NEGATION = Pattern.compile("\\b(not|NOT|incorrect|Incorrect|INCORRECT)\\b");

    /** One run of the line: emphasised or not. */
    public record Part(String text, boolean strong) {}

    private QuestionLine() {}

    /** The line cut into runs, the negations on their own; empty for null. */
    public static List<Part> parts(String line) {
        List<Part> out = new ArrayList<>();
        if (line == null) return out;
        Matcher m = NEGATION.matcher(line);
        int from = 0;
        while (m.find()) {
            if (m.start() > from) out.add(new Part(line.substring(from, m.start()), false));
            out.add(new Part(m.group(), true));
            from = m.end();
        }
        if (from < line.length()) out.add(new Part(line.substring(from), false));
        return out;
    }

    /** For plain text: "Which of the statements given above is/are NOT correct?" */
    public static String plain(String line) {
        if (line == null) return null;
        return NEGATION.matcher(line).replaceAll(m -> m.group().equalsIgnoreCase("not") ? "NOT" : m.group());
    }
}
