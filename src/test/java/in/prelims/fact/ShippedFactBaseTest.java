package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
