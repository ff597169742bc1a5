package in.prelims.generation;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Writes a SYNTHETIC fact base for the benchmark: made-up facts with every slot shape the engine
 * handles (dates, figures with scale and unit, money, counts, entities, relations, events). Nothing
 * in it is true; it only has the size and shape of a large curated base.
 */
public final class SyntheticFactBase {

    static final int FACTS_PER_FILE = 100;
    static final int TOPICS = 200;
    private static final int AGENCIES = 400;
    private static final int COUNTRIES = 60;
    private static final int MINISTRIES = 40;
    private static final int SCHEMES = 60;
    /** Facts of one relation: each pairs a distinct scheme with a ministry. */
    private static final int RELATION_SIZE = 40;

    private SyntheticFactBase() {}

    public static void write(Path dir, int facts) throws IOException {
        Files.createDirectories(dir);
        try (Writer w = Files.newBufferedWriter(dir.resolve("entities.yaml"), StandardCharsets.UTF_8)) {
            w.write("# SYNTHETIC gazetteer for the engine benchmark\nentities:\n");
            for (int i = 0; i < AGENCIES; i++)
                entity(w, "Synthetic Agency " + i, "agency", "Country " + (i % COUNTRIES));
            for (int i = 0; i < COUNTRIES; i++) entity(w, "Country " + i, "country", "Country " + i);
            for (int i = 0; i < MINISTRIES; i++)
                entity(w, "Ministry of Synthetic Affairs " + i, "ministry", "Country 0");
            for (int i = 0; i < SCHEMES; i++) entity(w, "Synthetic Scheme " + i, "scheme", "Country 0");
        }
        for (int file = 0; file * FACTS_PER_FILE < facts; file++) {
            String id = String.format(Locale.ROOT, "synthetic-%05d", file);
            try (Writer w = Files.newBufferedWriter(dir.resolve(id + ".yaml"), StandardCharsets.UTF_8)) {
                w.write("source:\n  id: " + id + "\n  title: Synthetic source " + file + "\n  publisher: SYNTHETIC\n"
                        + "  published: 2020-01-01\n  document: none.txt\n  topics: [topic-" + (file % TOPICS)
                        + ", topic-"
                        + ((file * 7 + 3) % TOPICS) + "]\nfacts:\n");
                for (int i = file * FACTS_PER_FILE; i < Math.min(facts, (file + 1) * FACTS_PER_FILE); i++) fact(w, i);
            }
        }
    }

    private static void entity(Writer w, String name, String type, String country) throws IOException {
        w.write("  - {name: " + name + ", type: " + type + ", country: " + country + "}\n");
    }

    private static void fact(Writer w, int i) throws IOException {
        LocalDate date = LocalDate.of(1990, 1, 1).plusDays(i % 12000);
        w.write("  - id: fact-" + i + "\n");
        switch (i % 5) {
            case 0 ->
                w.write("    text: Synthetic agency {agency} signed pact " + i + " with {country} on {date}.\n"
                        + "    label: Synthetic pact " + i + "\n    slots:\n"
                        + "      agency: {type: agency, value: Synthetic Agency " + (i % AGENCIES) + "}\n"
                        + "      country: {type: country, value: Country " + ((i / 5) % COUNTRIES) + "}\n"
                        + "      date: {type: date, value: " + date + "}\n"
                        + "    ask:\n      date: On which date was synthetic pact " + i + " signed?\n"
                        + "      agency: Which agency signed synthetic pact " + i + "?\n    event: date\n");
            case 1 ->
                w.write("    text: Synthetic programme " + i + " issued {cards}.\n    label: Synthetic programme " + i
                        + "\n"
                        + "    slots:\n      cards: {type: number, value: " + (1 + i % 9) + "." + (1 + i % 8)
                        + ", scale: million, unit: cards}\n    ask:\n      cards: How many cards did synthetic programme "
                        + i + " issue?\n");
            case 2 ->
                w.write("    text: Synthetic budget line " + i + " committed {money} in {year}.\n"
                        + "    label: Synthetic budget line " + i + "\n    slots:\n"
                        + "      money: {type: money, value: " + (10 + i % 90) + ".5, currency: INR, scale: crore}\n"
                        + "      year: {type: year, value: " + (1950 + i % 70) + "}\n    event: year\n");
            case 3 ->
                w.write("    text: Synthetic survey " + i + " covered {districts} in its {round} round.\n"
                        + "    label: Synthetic survey " + i + "\n    slots:\n"
                        + "      districts: {type: count, value: " + (20 + i % 500) + ", unit: districts}\n"
                        + "      round: {type: ordinal, value: " + (2 + i % 30) + "}\n    topics: [survey]\n");
            default -> {
                int group = i / (5 * RELATION_SIZE);
                w.write("    text: \"{scheme} is run by the {ministry} (group " + group + ").\"\n"
                        + "    label: Synthetic scheme owner " + i + "\n    slots:\n"
                        + "      scheme: {type: scheme, value: Synthetic Scheme " + ((i / 5) % RELATION_SIZE) + "}\n"
                        + "      ministry: {type: ministry, value: Ministry of Synthetic Affairs " + (i % MINISTRIES)
                        + "}\n"
                        + "    relation: {name: run-by-" + group + ", left: scheme, right: ministry}\n");
            }
        }
    }
}
