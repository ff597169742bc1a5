package in.prelims.curation;

import java.util.List;
import java.util.regex.Pattern;

/** Scalars written the way a person would: plain where YAML allows it, double-quoted otherwise. */
final class YamlText {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9₹(][^:#{}\\[\\],&*!|>'\"%@`]*");
    private static final Pattern RESERVED = Pattern.compile("(?i)true|false|yes|no|on|off|null|~");

    private YamlText() {}

    static String scalar(String s) {
        if (s == null) return "\"\"";
        if (PLAIN.matcher(s).matches()
                && !s.endsWith(" ")
                && !RESERVED.matcher(s).matches()
                && !s.contains(" #")) {
            return s;
        }
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(YamlText::scalar).toList()) + "]";
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
