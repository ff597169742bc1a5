package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.generation.SyntheticFactBase;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subset parser against Jackson: for every input it either declines or gives the same tree (texts,
 * line numbers, key order) and the same duplicate-key errors.
 */
class YamlSubsetParserTest {

    /** Plain scalars whose text Jackson keeps as written, or reports as null. */
    private static final String[] PLAIN = {
        "yes",
        "no",
        "on",
        "off",
        "true",
        "False",
        "null",
        "Null",
        "NULL",
        "~",
        "nULL",
        "1e3",
        "0x1F",
        ".5",
        "007",
        "3.20",
        "-5",
        "+5",
        "1_000",
        "0o17",
        ".inf",
        "-.nan",
        "2017-04-08",
        "12:30",
        "1.",
        "-0",
        "1,000",
        "<<",
        "--5",
        "-x",
        "a#b",
        "http://x.y/z?q=1",
        "₹ 5 crore",
        "भारत सरकार",
        "a, b [c] {d}",
        "it's",
        "say \"hi\"",
        "a -b",
        "x%",
        "Rs. 2,000 crore",
        "CERT-In – BGD e-Gov CIRT",
        "=",
        "@home",
        "a:b",
        "a ?b",
        "a!b",
        "a*b&c",
        "50%"
    };
    /** Scalars written quoted, escapes and all. */
    private static final String[] QUOTED = {
        "''",
        "'it''s'",
        "'a # b'",
        "'a: b'",
        "'null'",
        "\"\"",
        "\"a \\\"b\\\" c\"",
        "\"tab\\there\"",
        "\"\\u20B9 5\"",
        "\"\\x41\\u0915\"",
        "\"a\\\\b\"",
        "\"# not a comment\"",
        "\"x: y\"",
        "\"\\N\\_\\L\\P\\e\\0\\a\\b\\f\\v\\r\\n\"",
        "\"bad \\/ escape\"",
        "\"bad \\q\"",
        "\"\\U0001F600\"",
        "'unclosed",
        "\"unclosed",
        "'two' 'parts'",
        "\"\\ud800\""
    };

    @Test
    void everyShippedFileReadsAsJacksonReadsIt() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("questions"))) {
            files = new ArrayList<>(
                    walk.filter(p -> p.toString().endsWith(".yaml")).toList());
        }
        try (Stream<Path> walk = Files.walk(Path.of("templates"))) {
            files.addAll(walk.filter(p -> p.toString().endsWith(".yaml")).toList());
        }
        assertThat(files).hasSizeGreaterThan(5);
        for (Path file : files) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            assertSameOrDeclined(file.toString(), text);
            assertThat(parseFast(text, new ArrayList<>()))
                    .as("%s is in the subset", file)
                    .isNotNull();
        }
    }

    @Test
    void aSyntheticBaseReadsAsJacksonReadsIt(@TempDir Path dir) throws IOException {
        SyntheticFactBase.write(dir, 1_500);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                assertSameOrDeclined(file.toString(), text);
                assertThat(parseFast(text, new ArrayList<>()))
                        .as(file.toString())
                        .isNotNull();
            }
        }
    }

    @Test
    void generatedDocumentsReadAsJacksonReadsThemOrAreDeclined() {
        Random random = new Random(11);
        int handled = 0;
        for (int i = 0; i < 20_000; i++) {
            String text = document(random);
            if (random.nextInt(4) == 0) text = text.replace("\n", "\r\n");
            if (assertSameOrDeclined("generated " + i, text)) handled++;
        }
        assertThat(handled).as("documents the subset read").isGreaterThan(3_000);
    }

    @Test
    void mutatedShippedFilesReadAsJacksonReadsThemOrAreDeclined() throws IOException {
        List<String> texts = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(Path.of("questions"))) {
            for (Path p : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) texts.add(Files.readString(p));
        }
        Random random = new Random(7);
        String alphabet = " \n:-#'\"[]{},?&*!|>%@`\t\r\\~₹ab1.";
        int handled = 0;
        for (int i = 0; i < 3_000; i++) {
            StringBuilder text = new StringBuilder(texts.get(random.nextInt(texts.size())));
            for (int m = 1 + random.nextInt(3); m > 0; m--) {
                int at = random.nextInt(text.length());
                switch (random.nextInt(5)) {
                    case 0 -> text.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    case 1 -> text.deleteCharAt(at);
                    case 2 -> text.insert(at, "  ");
                    case 3 ->
                        text.insert(
                                at,
                                random.nextBoolean()
                                        ? PLAIN[random.nextInt(PLAIN.length)]
                                        : QUOTED[random.nextInt(QUOTED.length)]);
                    default -> {
                        int lineStart = text.lastIndexOf("\n", at) + 1;
                        int lineEnd = text.indexOf("\n", at);
                        if (lineEnd > 0) text.insert(lineStart, text.substring(lineStart, lineEnd + 1));
                    }
                }
            }
            if (assertSameOrDeclined("mutation " + i, text.toString())) handled++;
        }
        assertThat(handled).as("mutated files the subset read").isGreaterThan(500);
    }

    @Test
    void duplicateKeysAreReportedAsJacksonsPathReportsThem() {
        String text = "a: 1\nb:\n  c: {x: 1, x: 2}\n  c: 3\na: [4]\n";
        List<FactError> errors = new ArrayList<>();
        assertThat(parseFast(text, errors)).isNotNull();
        assertThat(errors)
                .extracting(FactError::toString)
                .containsExactly(
                        new FactError("f", 3, "duplicate key 'x' (first at line 3)").toString(),
                        new FactError("f", 4, "duplicate key 'c' (first at line 3)").toString(),
                        new FactError("f", 5, "duplicate key 'a' (first at line 1)").toString());
        assertSameOrDeclined("duplicates", text);
    }

    @Test
    void syntaxErrorsKeepJacksonsMessageAndLine() {
        List<FactError> errors = new ArrayList<>();
        assertThat(new YamlReader("f", errors).read(new StringReader("a: 1\nb: [2\nc: 3\n")))
                .isNull();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).toString()).contains("YAML syntax error");
    }

    /** True when the subset parser read the text; fails when it read it differently from Jackson. */
    private static boolean assertSameOrDeclined(String name, String text) {
        List<FactError> fastErrors = new ArrayList<>();
        YamlNode fast = parseFast(text, fastErrors);
        if (fast == null) {
            assertThat(fastErrors).as(name).isEmpty();
            return false;
        }
        List<FactError> jacksonErrors = new ArrayList<>();
        YamlNode jackson = new YamlReader("f", jacksonErrors).readWithJackson(text);
        assertThat(jackson)
                .as("Jackson reads what the subset parser read: %s\n%s", name, text)
                .isNotNull();
        assertThat(fast.toString()).as("%s\n%s", name, text).isEqualTo(jackson.toString());
        assertThat(fastErrors.toString()).as(name).isEqualTo(jacksonErrors.toString());
        return true;
    }

    private static YamlNode parseFast(String text, List<FactError> errors) {
        return YamlSubsetParser.parse(text, "f", errors);
    }

    // ---- random documents in and around the subset

    private static String document(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(5) == 0) out.append("# a comment: with [brackets]\n");
        if (random.nextInt(6) == 0) out.append(randomPiece(random)).append('\n');
        block(out, random, 0, 0, random.nextInt(4) == 0);
        return out.toString();
    }

    private static void block(StringBuilder out, Random random, int indent, int depth, boolean sequence) {
        int entries = 1 + random.nextInt(4);
        String pad = " ".repeat(indent);
        for (int i = 0; i < entries; i++) {
            if (random.nextInt(8) == 0) out.append(random.nextBoolean() ? "\n" : pad + "  # note\n");
            String head = sequence ? pad + "-" + " ".repeat(1 + random.nextInt(2)) : pad + key(random) + ":";
            int choice = depth > 3 ? random.nextInt(3) : random.nextInt(6);
            switch (choice) {
                case 0, 1 ->
                    out.append(head)
                            .append(sequence ? "" : " ")
                            .append(scalar(random))
                            .append(tail(random));
                case 2 ->
                    out.append(head)
                            .append(sequence ? "" : " ")
                            .append(flow(random, 0))
                            .append(tail(random));
                case 3 -> {
                    if (sequence) {
                        // a compact mapping: its keys line up after the dash
                        int column = head.length();
                        out.append(head)
                                .append(key(random))
                                .append(": ")
                                .append(scalar(random))
                                .append('\n');
                        block(out, random, column, depth + 1, false);
                        continue;
                    }
                    out.append(head).append(tail(random));
                    block(out, random, indent + (random.nextInt(6) == 0 ? 0 : 2), depth + 1, true);
                    continue;
                }
                case 4 -> {
                    out.append(sequence ? head.stripTrailing() : head).append(tail(random));
                    block(out, random, indent + 1 + random.nextInt(3), depth + 1, random.nextBoolean());
                    continue;
                }
                default -> out.append(sequence ? head.stripTrailing() : head).append(tail(random));
            }
            if (random.nextInt(30) == 0)
                out.append(pad).append("   ").append(randomPiece(random)).append('\n');
        }
    }

    private static String tail(Random random) {
        return switch (random.nextInt(8)) {
            case 0 -> "  # comment: x\n";
            case 1 -> "   \n";
            case 2 -> "#x\n";
            default -> "\n";
        };
    }

    private static String key(Random random) {
        return switch (random.nextInt(10)) {
            case 0 -> PLAIN[random.nextInt(PLAIN.length)];
            case 1 -> QUOTED[random.nextInt(QUOTED.length)];
            case 2 -> "key with spaces";
            case 3 -> "k" + random.nextInt(3) + "  ";
            default -> "k" + random.nextInt(6);
        };
    }

    private static String scalar(Random random) {
        return switch (random.nextInt(6)) {
            case 0, 1 -> PLAIN[random.nextInt(PLAIN.length)];
            case 2 -> QUOTED[random.nextInt(QUOTED.length)];
            case 3 -> randomPiece(random);
            default -> "plain text " + random.nextInt(100) + (random.nextBoolean() ? " " : "");
        };
    }

    private static String flow(Random random, int depth) {
        boolean mapping = random.nextBoolean();
        StringBuilder out = new StringBuilder(mapping ? "{" : "[");
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(random.nextInt(5) == 0 ? "," : ", ");
            if (mapping) out.append(key(random)).append(random.nextInt(6) == 0 ? ":" : ": ");
            out.append(depth < 2 && random.nextInt(5) == 0 ? flow(random, depth + 1) : scalar(random));
        }
        if (random.nextInt(10) == 0) out.append(",");
        return out.append(mapping ? "}" : "]").toString();
    }

    private static String randomPiece(Random random) {
        String alphabet = "ab :-#'\"[]{},?&*!|>%@`~.\\₹क";
        StringBuilder out = new StringBuilder();
        for (int i = 1 + random.nextInt(6); i > 0; i--) out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        return out.toString();
    }
}
