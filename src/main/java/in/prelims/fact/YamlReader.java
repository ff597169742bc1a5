package in.prelims.fact;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads YAML into {@link YamlNode}s with line numbers; duplicate keys are reported, not merged. Text in
 * the subset fact files use is read by {@link YamlSubsetParser}; anything else by Jackson's YAML parser,
 * whose messages syntax errors keep.
 */
public final class YamlReader {

    private static final YAMLFactory FACTORY = new YAMLFactory();

    private final String file;
    private final List<FactError> errors;

    public YamlReader(String file, List<FactError> errors) {
        this.file = file;
        this.errors = errors;
    }

    /** Returns the document's root, or {@code null} after recording a syntax error. */
    public YamlNode read(Reader reader) {
        return read(reader, 8192);
    }

    /** As {@link #read(Reader)}, for a text of about {@code expectedLength} characters (a file's size in bytes). */
    public YamlNode read(Reader reader, int expectedLength) {
        char[] text = new char[Math.max(16, expectedLength + 1)];
        int length = 0;
        try {
            for (int n; (n = reader.read(text, length, text.length - length)) >= 0; ) {
                length += n;
                if (length == text.length) text = Arrays.copyOf(text, length * 2);
            }
        } catch (IOException e) {
            errors.add(new FactError(file, 1, "YAML syntax error: " + parserWords(e.getMessage())));
            return null;
        }
        YamlNode fast = YamlSubsetParser.parse(text, length, file, errors);
        return fast != null ? fast : readWithJackson(new String(text, 0, length));
    }

    /** Jackson alone, also the reference {@code YamlSubsetParserTest} compares with. */
    YamlNode readWithJackson(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                errors.add(new FactError(file, 1, "the file is empty"));
                return null;
            }
            return readValue(parser);
        } catch (IOException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null
                    ? jpe.getLocation().getLineNr()
                    : 1;
            errors.add(new FactError(file, Math.max(line, 1), "YAML syntax error: " + parserWords(e.getMessage())));
            return null;
        }
    }

    private YamlNode readValue(JsonParser parser) throws IOException {
        int line = parser.currentTokenLocation().getLineNr();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = parser.currentTokenLocation().getLineNr();
                parser.nextToken();
                putEntry(entries, key, keyLine, readValue(parser), file, errors);
            }
            return new YamlNode.Mapping(line, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<YamlNode> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(readValue(parser));
            }
            return new YamlNode.Sequence(line, items);
        }
        return new YamlNode.Scalar(line, token == JsonToken.VALUE_NULL ? null : parser.getText());
    }

    /** Adds an entry to a mapping being read, or records a duplicate key (the first one stays). */
    static void putEntry(
            Map<String, YamlNode.Entry> entries,
            String key,
            int keyLine,
            YamlNode value,
            String file,
            List<FactError> errors) {
        YamlNode.Entry first = entries.putIfAbsent(key, new YamlNode.Entry(keyLine, value));
        if (first != null) {
            errors.add(new FactError(
                    file, keyLine, "duplicate key '" + key + "' (first at line " + first.keyLine() + ")"));
        }
    }

    /** The parser's own words without its position lines and source excerpts. */
    private static String parserWords(String message) {
        if (message == null) return "unreadable";
        return message.lines()
                .filter(l -> !l.isBlank() && !Character.isWhitespace(l.charAt(0)) && !l.startsWith("at ["))
                .collect(java.util.stream.Collectors.joining("; "));
    }
}
