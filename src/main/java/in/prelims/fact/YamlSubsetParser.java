package in.prelims.fact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fast reader for the part of YAML that fact files use: block mappings and sequences indented with
 * spaces, one-line flow collections, one-line plain and quoted scalars, comments. It gives the tree,
 * texts, line numbers and duplicate-key errors Jackson's YAML parser gives, and declines anything
 * else (tabs, anchors, tags, block scalars, multi-line scalars, documents markers, odd indentation,
 * any syntax error) so that {@link YamlReader} hands that file to Jackson.
 */
final class YamlSubsetParser {

    /** Larger inputs go to Jackson, which has its own size limits. */
    private static final int MAX_CHARS = 1_000_000;

    private static final int MAX_DEPTH = 100;
    private static final int MAX_KEY_CHARS = 500;
    private static final int MAX_SHARED_CHARS = 24;

    /** Thrown to abandon the fast path; carries no stack trace. */
    private static final class Declined extends RuntimeException {
        private static final Declined INSTANCE = new Declined();

        private Declined() {
            super(null, null, false, false);
        }
    }

    private final char[] chars;
    private final int length;
    private final String file;
    private final List<FactError> errors = new ArrayList<>();
    /** Start and end (before any line break) of every line; line n (1-based) is index n - 1. */
    private final int[] starts;

    private final int[] ends;
    /** Keys, types, units and other short texts repeat on every fact: one String each is kept. */
    private final String[] shared = new String[1024];

    private final int lineCount;
    /** The line being read (0-based) and the position in the text where reading resumes. */
    private int line;

    private int pos;
    private int depth;

    private YamlSubsetParser(char[] chars, int length, String file, int[] starts, int[] ends, int lineCount) {
        this.chars = chars;
        this.length = length;
        this.file = file;
        this.starts = starts;
        this.ends = ends;
        this.lineCount = lineCount;
    }

    /**
     * The document's root with duplicate-key errors added to {@code errors}, or {@code null} when the
     * text is outside the subset (then nothing is added).
     */
    static YamlNode parse(String text, String file, List<FactError> errors) {
        return parse(text.toCharArray(), text.length(), file, errors);
    }

    /** As {@link #parse(String, String, List)}, over the first {@code length} characters of {@code chars}. */
    static YamlNode parse(char[] chars, int length, String file, List<FactError> errors) {
        if (length > MAX_CHARS) return null;
        int[] starts = new int[length / 24 + 16];
        int[] ends = new int[starts.length];
        int n = 0;
        int start = 0;
        for (int i = 0; i <= length; i++) {
            if (i == length || chars[i] == '\n') {
                if (n == starts.length) {
                    starts = Arrays.copyOf(starts, n * 2);
                    ends = Arrays.copyOf(ends, n * 2);
                }
                starts[n] = start;
                ends[n] = i > start && chars[i - 1] == '\r' ? i - 1 : i;
                n++;
                start = i + 1;
            } else if (!allowed(chars[i]) || chars[i] == '\r' && (i + 1 == length || chars[i + 1] != '\n')) {
                return null;
            }
        }
        YamlSubsetParser parser = new YamlSubsetParser(chars, length, file, starts, ends, n);
        try {
            YamlNode root = parser.document();
            errors.addAll(parser.errors);
            return root;
        } catch (Declined declined) {
            return null;
        }
    }

    /** Printable in YAML and not a line break other than LF and CR, a tab or a byte-order mark. */
    private static boolean allowed(char c) {
        if (c < 0x20) return c == '\r';
        if (c < 0x7F) return true;
        if (c <= 0x9F) return false;
        return !(c == 0x2028 || c == 0x2029 || c == 0xFEFF || c >= 0xFFFE || Character.isSurrogate(c));
    }

    private YamlNode document() {
        line = -1;
        if (!nextContentLine()) throw Declined.INSTANCE;
        if (indent(line) != 0) throw Declined.INSTANCE;
        YamlNode root = blockCollection(0);
        if (line < lineCount) throw Declined.INSTANCE;
        return root;
    }

    // ---- lines

    /** Moves to the next line holding more than spaces and a comment; false at the end of the text. */
    private boolean nextContentLine() {
        for (line++; line < lineCount; line++) {
            int i = starts[line];
            int end = ends[line];
            while (i < end && chars[i] == ' ') i++;
            if (i < end && chars[i] != '#') {
                if (i == starts[line] && documentMarker(i, end)) throw Declined.INSTANCE;
                pos = i;
                return true;
            }
        }
        pos = length;
        return false;
    }

    private boolean documentMarker(int i, int end) {
        if (i + 3 > end) return false;
        char c = chars[i];
        return (c == '-' || c == '.')
                && chars[i + 1] == c
                && chars[i + 2] == c
                && (i + 3 == end || chars[i + 3] == ' ');
    }

    private int indent(int l) {
        int i = starts[l];
        while (chars[i] == ' ') i++;
        return i - starts[l];
    }

    private int column() {
        return pos - starts[line];
    }

    private int end() {
        return ends[line];
    }

    private char at(int i) {
        return i < end() ? chars[i] : '\n';
    }

    private boolean blankAt(int i) {
        char c = at(i);
        return c == ' ' || c == '\n';
    }

    private boolean sequenceEntryAt(int i) {
        return at(i) == '-' && blankAt(i + 1);
    }

    /** After a value: nothing but spaces and a comment may remain on the line. */
    private void endOfLine(int i) {
        while (at(i) == ' ') i++;
        if (i < end() && (chars[i] != '#' || chars[i - 1] != ' ')) throw Declined.INSTANCE;
        nextContentLine();
    }

    // ---- block collections

    /** The collection starting at {@code pos}, which is at column {@code indent}. */
    private YamlNode blockCollection(int indent) {
        if (++depth > MAX_DEPTH) throw Declined.INSTANCE;
        YamlNode node = sequenceEntryAt(pos) ? sequence(indent) : mapping(indent);
        depth--;
        return node;
    }

    private YamlNode.Mapping mapping(int indent) {
        int startLine = line + 1;
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        while (true) {
            int keyLine = line + 1;
            String key = key();
            YamlNode value;
            while (at(pos) == ' ') pos++;
            if (pos == end() || chars[pos] == '#') {
                nextContentLine();
                if (line < lineCount && indent(line) > indent) {
                    value = blockCollection(indent(line));
                } else if (line < lineCount && indent(line) == indent && sequenceEntryAt(pos)) {
                    value = sequence(indent);
                } else {
                    value = new YamlNode.Scalar(keyLine, null);
                }
            } else {
                value = inlineValue(keyLine);
            }
            YamlReader.putEntry(entries, key, keyLine, value, file, errors);
            if (line == lineCount || indent(line) < indent) return new YamlNode.Mapping(startLine, entries);
            if (indent(line) > indent) throw Declined.INSTANCE;
        }
    }

    private YamlNode.Sequence sequence(int indent) {
        int startLine = line + 1;
        List<YamlNode> items = new ArrayList<>();
        while (true) {
            int itemLine = line + 1;
            pos++;
            while (at(pos) == ' ') pos++;
            if (pos == end()) {
                nextContentLine();
                items.add(
                        line < lineCount && indent(line) > indent
                                ? blockCollection(indent(line))
                                : new YamlNode.Scalar(itemLine, null));
            } else if (chars[pos] == '#' || sequenceEntryAt(pos)) {
                throw Declined.INSTANCE;
            } else if (keyAt(pos)) {
                items.add(blockCollection(column()));
            } else {
                items.add(inlineValue(itemLine));
            }
            if (line == lineCount || indent(line) < indent) break;
            if (indent(line) > indent) throw Declined.INSTANCE;
            if (!sequenceEntryAt(pos)) break;
        }
        return new YamlNode.Sequence(startLine, items);
    }

    /** Whether a key and its colon start at {@code i}. */
    private boolean keyAt(int i) {
        char c = at(i);
        if (c == '\'' || c == '"') {
            int close = quotedEnd(i);
            return close > 0 && at(close) == ':' && blankAt(close + 1);
        }
        return plainKeyEnd(i) > 0;
    }

    /** Reads a key and its colon from {@code pos}; a line that is no key is declined. */
    private String key() {
        char c = at(pos);
        String key;
        if (c == '\'' || c == '"') {
            key = quoted();
            if (at(pos) != ':' || !blankAt(pos + 1)) throw Declined.INSTANCE;
        } else {
            int colon = plainKeyEnd(pos);
            if (colon < 0) throw Declined.INSTANCE;
            key = string(pos, trimEnd(pos, colon));
            pos = colon;
        }
        if (key.length() > MAX_KEY_CHARS) throw Declined.INSTANCE;
        pos++;
        return key;
    }

    /** The colon ending a plain key that starts at {@code i}, or -1. */
    private int plainKeyEnd(int i) {
        if (!plainStart(i, false)) return -1;
        for (int j = i; j < end(); j++) {
            char c = chars[j];
            if (c == ':' && blankAt(j + 1)) return j;
            if (c == '#' && chars[j - 1] == ' ') return -1;
            if ("[]{}".indexOf(c) >= 0) return -1;
        }
        return -1;
    }

    /** The text from {@code from} to {@code to}; a short one met before in this file is shared. */
    private String string(int from, int to) {
        int n = to - from;
        if (n > MAX_SHARED_CHARS) return new String(chars, from, n);
        int hash = 0;
        for (int i = from; i < to; i++) hash = 31 * hash + chars[i];
        int slot = (hash ^ (hash >>> 11)) & (shared.length - 1);
        String known = shared[slot];
        if (known != null && sameText(known, from, n)) return known;
        String made = new String(chars, from, n);
        shared[slot] = made;
        return made;
    }

    private boolean sameText(String known, int from, int n) {
        if (known.length() != n) return false;
        for (int i = 0; i < n; i++) if (known.charAt(i) != chars[from + i]) return false;
        return true;
    }

    private int trimEnd(int from, int to) {
        while (to > from && chars[to - 1] == ' ') to--;
        return to;
    }

    // ---- values on the line of their key or dash

    private YamlNode inlineValue(int valueLine) {
        char c = at(pos);
        YamlNode value;
        if (c == '[' || c == '{') {
            value = flowNode(valueLine);
        } else if (c == '\'' || c == '"') {
            value = new YamlNode.Scalar(valueLine, quoted());
        } else {
            if (!plainStart(pos, false)) throw Declined.INSTANCE;
            int start = pos;
            int i = pos;
            while (i < end()) {
                char d = chars[i];
                if (d == '#' && chars[i - 1] == ' ') break;
                if (d == ':' && blankAt(i + 1)) throw Declined.INSTANCE;
                i++;
            }
            pos = i;
            value = new YamlNode.Scalar(valueLine, plainText(string(start, trimEnd(start, i))));
        }
        endOfLine(pos);
        return value;
    }

    /** Jackson reports these plain scalars as YAML nulls, which have no text. */
    private static String plainText(String plain) {
        return switch (plain) {
            case "null", "Null", "NULL", "~" -> null;
            default -> plain;
        };
    }

    /** Whether a plain scalar may start at {@code i}: no indicator, or a dash followed by a letter. */
    private boolean plainStart(int i, boolean flow) {
        char c = at(i);
        if (c == '-') {
            char next = at(i + 1);
            return next != ' ' && next != '\n' && (!flow || ",[]{}".indexOf(next) < 0);
        }
        return c != '\n' && c != ' ' && "?:,[]{}#&*!|>'\"%@`".indexOf(c) < 0;
    }

    // ---- flow collections, all on one line

    private YamlNode flowNode(int valueLine) {
        if (++depth > MAX_DEPTH) throw Declined.INSTANCE;
        char c = at(pos);
        YamlNode node;
        if (c == '[') node = flowSequence(valueLine);
        else if (c == '{') node = flowMapping(valueLine);
        else if (c == '\'' || c == '"') node = new YamlNode.Scalar(valueLine, quoted());
        else node = new YamlNode.Scalar(valueLine, plainText(flowPlain()));
        depth--;
        return node;
    }

    private YamlNode.Sequence flowSequence(int valueLine) {
        List<YamlNode> items = new ArrayList<>();
        pos++;
        skipSpaces();
        while (at(pos) != ']') {
            items.add(flowNode(valueLine));
            flowSeparator(']');
        }
        pos++;
        return new YamlNode.Sequence(valueLine, items);
    }

    private YamlNode.Mapping flowMapping(int valueLine) {
        Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
        pos++;
        skipSpaces();
        while (at(pos) != '}') {
            char c = at(pos);
            String key = c == '\'' || c == '"' ? quoted() : flowPlain();
            if (at(pos) != ':' || at(pos + 1) != ' ') throw Declined.INSTANCE;
            pos++;
            skipSpaces();
            char v = at(pos);
            if (v == ',' || v == '}') throw Declined.INSTANCE;
            YamlReader.putEntry(entries, key, valueLine, flowNode(valueLine), file, errors);
            flowSeparator('}');
        }
        pos++;
        return new YamlNode.Mapping(valueLine, entries);
    }

    /** After an item: a comma (which may come last) or the closing bracket. */
    private void flowSeparator(char close) {
        skipSpaces();
        if (at(pos) == ',') {
            pos++;
            skipSpaces();
            if (at(pos) == ',') throw Declined.INSTANCE;
        } else if (at(pos) != close) {
            throw Declined.INSTANCE;
        }
    }

    private void skipSpaces() {
        while (at(pos) == ' ') pos++;
    }

    /** A plain scalar inside brackets; a colon, question mark or hash in it is declined. */
    private String flowPlain() {
        if (!plainStart(pos, true)) throw Declined.INSTANCE;
        int start = pos;
        while (true) {
            char c = at(pos);
            if (c == '\n' || ",[]{}".indexOf(c) >= 0 || c == ':' && at(pos + 1) == ' ') break;
            if (c == ':' || c == '?' || c == '#') throw Declined.INSTANCE;
            pos++;
        }
        if (at(pos) == '\n') throw Declined.INSTANCE;
        return string(start, trimEnd(start, pos));
    }

    // ---- quoted scalars, closed on their line

    /** Position just after the closing quote of the scalar at {@code i}, or -1. */
    private int quotedEnd(int i) {
        char quote = chars[i];
        for (int j = i + 1; j < end(); j++) {
            char c = chars[j];
            if (quote == '"' && c == '\\') j++;
            else if (c == quote) {
                if (quote == '\'' && at(j + 1) == '\'') j++;
                else return j + 1;
            }
        }
        return -1;
    }

    private String quoted() {
        char quote = chars[pos];
        int close = quotedEnd(pos);
        if (close < 0) throw Declined.INSTANCE;
        int from = pos + 1;
        int to = close - 1;
        pos = close;
        String inner = string(from, to);
        if (quote == '\'') return inner.indexOf('\'') < 0 ? inner : inner.replace("''", "'");
        return inner.indexOf('\\') < 0 ? inner : unescape(inner);
    }

    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case '\\', '"', ' ' -> out.append(e);
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0' -> out.append('\0');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'e' -> out.append('\u001B');
                case 'f' -> out.append('\f');
                case 'v' -> out.append('\u000B');
                case 'N' -> out.append('\u0085');
                case '_' -> out.append('\u00A0');
                case 'L' -> out.append('\u2028');
                case 'P' -> out.append('\u2029');
                case 'x', 'u' -> {
                    int digits = e == 'x' ? 2 : 4;
                    if (i + digits >= s.length()) throw Declined.INSTANCE;
                    String hex = s.substring(i + 1, i + 1 + digits);
                    for (int k = 0; k < digits; k++) {
                        if (Character.digit(hex.charAt(k), 16) < 0) throw Declined.INSTANCE;
                    }
                    char decoded = (char) Integer.parseInt(hex, 16);
                    if (Character.isSurrogate(decoded)) throw Declined.INSTANCE;
                    out.append(decoded);
                    i += digits;
                }
                default -> throw Declined.INSTANCE;
            }
        }
        return out.toString();
    }
}
