package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Lints the real fact base in questions/ against the real documents in ../shared/seeds. */
class ShippedFactBaseTest {

    static final Path FACTS = Path.of("questions");
    static final Path SEEDS = Path.of("../shared/seeds");
    /** A run of this many words shared with the document counts as a copied sentence. */
    private static final int COPIED_RUN = 8;

    private final FactBase base = FactChecks.loadAndCheck(FACTS, SEEDS);

    @Test
    void everySeedDocumentHasItsOwnSourceFileAndManyFacts() throws IOException {
        Set<String> documents;
        try (Stream<Path> files = Files.list(SEEDS)) {
            documents = files.map(p -> p.getFileName().toString()).collect(Collectors.toSet());
        }
        assertThat(base.sources()).extracting(Source::document).containsExactlyInAnyOrderElementsOf(documents);
        assertThat(base.facts()).hasSizeGreaterThan(60);
        base.sources().forEach(s -> assertThat(base.factsOf(s)).as(s.id()).hasSizeGreaterThanOrEqualTo(5));
    }

    @Test
    void factsAreInOurOwnWords() {
        for (Fact fact : base.facts()) {
            String document = read(SEEDS.resolve(fact.source().document()));
            Set<String> documentRuns = runs(document);
            assertThat(runs(fact.render()))
                    .as(
                            "%s copies a run of %d words from %s",
                            fact.id(), COPIED_RUN, fact.source().document())
                    .doesNotContainAnyElementsOf(documentRuns);
        }
    }

    @Test
    void disputedValuesAreRecordedForTheIndiaJapanAgreement() {
        List<Fact> disputed =
                base.facts().stream().filter(f -> !f.disputed().isEmpty()).toList();
        assertThat(disputed).isNotEmpty();
        assertThat(disputed)
                .allSatisfy(f ->
                        assertThat(f.askableSlots()).noneMatch(s -> f.disputed().containsKey(s.name())));
    }

    /**
     * A fact is printed alone, as one numbered statement among unrelated ones: its text may not lean on a
     * sentence before it ("The other decisions reported with the cyber pact ...", "the Cabinet also
     * approved ..."), nor repeat around a slot what the slot's value says ("first ministerial-level 2+2
     * Ministerial Dialogue").
     */
    @Test
    void everyFactReadsAsAStatementOnItsOwn() {
        Pattern leaning = Pattern.compile("(?i)\\balso\\b|^the other\\b|\\bthe cyber pact\\b");
        Pattern placeholder = Pattern.compile("\\{([^}]+)}");
        List<String> problems = new ArrayList<>();
        for (Fact fact : base.facts()) {
            if (leaning.matcher(fact.text()).find())
                problems.add(fact.id() + " leans on another sentence: " + fact.text());
            Matcher m = placeholder.matcher(fact.text());
            while (m.find()) {
                Slot slot = fact.slots().get(m.group(1));
                if (slot == null) continue;
                Set<String> around = new HashSet<>(lastWords(fact.text().substring(0, m.start()), 2));
                around.addAll(firstWords(fact.text().substring(m.end()), 2));
                for (String word : words(slot.display())) {
                    if (word.length() >= 5 && around.contains(word))
                        problems.add(
                                fact.id() + " repeats '" + word + "' around {" + slot.name() + "}: " + fact.render());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /** Partners are written once per pair in entities.yaml (on India's and Japan's lines); the other direction follows. */
    @Test
    void partnershipIsMutual() {
        Entity australia = base.gazetteer().find("Australia").orElseThrow();
        assertThat(australia.partners()).contains("India", "Japan");
        assertThat(base.gazetteer().find("North Korea").orElseThrow().partners())
                .isEmpty();
        assertThat(base.gazetteer().find("Japan").orElseThrow().partners())
                .contains("India", "United States")
                .doesNotContain("China", "North Korea", "Russia");
    }

    private static List<String> words(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty())
                .toList();
    }

    private static List<String> lastWords(String text, int n) {
        List<String> w = words(text);
        return w.subList(Math.max(0, w.size() - n), w.size());
    }

    private static List<String> firstWords(String text, int n) {
        List<String> w = words(text);
        return w.subList(0, Math.min(n, w.size()));
    }

    private static Set<String> runs(String text) {
        String[] words = Provenance.normalise(text).trim().split(" ");
        Set<String> out = new HashSet<>();
        for (int i = 0; i + COPIED_RUN <= words.length; i++) {
            out.add(String.join(" ", Arrays.copyOfRange(words, i, i + COPIED_RUN)));
        }
        return out;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
