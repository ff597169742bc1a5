package in.prelims.curation;

import in.prelims.error.InvalidInputException;
import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactChecks;
import in.prelims.fact.FactConfig;
import in.prelims.fact.LiveFacts;
import in.prelims.fact.Provenance;
import in.prelims.fact.Slot;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a draft against the whole base, previews its questions and saves it, swapping the live base. */
@ApplicationScoped
class Studio {

    private static final Set<String> BUILT_IN = Set.of(
            "date", "month", "year", "fiscal-year", "number", "count", "percent", "money", "duration", "ordinal");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,119}");

    @Inject
    FactConfig config;

    @Inject
    LiveFacts live;

    @Inject
    Previews previews;

    @Inject
    CurationMessages messages;

    Path factsDir() {
        return Path.of(config.dir());
    }

    Path documentsDir() {
        return Path.of(config.documentsDir().orElse(config.dir()));
    }

    Report check(Draft draft) {
        requireSource(draft);
        try (Candidate candidate =
                new Candidate(factsDir(), documentsDir(), draft, live.current().lists())) {
            return report(draft, candidate);
        }
    }

    /** Writes the draft only when the whole base with it passes every check; otherwise nothing changes. */
    synchronized Report save(Draft draft) {
        requireSource(draft);
        try (Candidate candidate =
                new Candidate(factsDir(), documentsDir(), draft, live.current().lists())) {
            Report report = report(draft, candidate);
            if (candidate.base == null) return report;
            candidate.commit();
            live.swap(FactChecks.loadAndCheck(factsDir(), documentsDir()));
            return report.asSaved();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void requireSource(Draft draft) {
        if (draft.source() == null
                || draft.source().id() == null
                || draft.source().id().isBlank()) {
            throw new InvalidInputException("source", messages.noSource());
        }
        // the id names the file written: a slug, never a path
        if (!SLUG.matcher(draft.source().id()).matches()) {
            throw new InvalidInputException("source.id", messages.badSourceId());
        }
    }

    private Report report(Draft draft, Candidate candidate) {
        List<Draft.DraftFact> facts = Expansion.facts(draft);
        List<String> warnings = new ArrayList<>();
        String document = readDocument(draft.source().document());
        List<String> notes = new ArrayList<>(fewEntities(draft, facts, document));
        List<Report.Forms> forms = new ArrayList<>();
        FactBase base = candidate.base;
        for (Draft.DraftFact f : facts) {
            Fact fact = base == null ? null : base.fact(f.id()).orElse(null);
            String shown = fact != null ? fact.render() : String.valueOf(f.text());
            String run = document == null ? null : OwnWords.copiedRun(shown, document);
            if (run != null) warnings.add(messages.copied(f.id(), run));
            if (fact == null) continue;
            for (Slot slot : fact.slots().values()) {
                forms.add(new Report.Forms(
                        fact.id(), slot.name(), slot.display(), Provenance.forms(slot, base.gazetteer())));
            }
        }
        List<Report.KindPreview> preview = base == null ? List.of() : previews.of(base, draft, facts);
        if (base != null) notes.addAll(previews.shortages(base, facts));
        return new Report(false, candidate.errors, warnings, notes, forms, preview);
    }

    private List<String> fewEntities(Draft draft, List<Draft.DraftFact> facts, String document) {
        List<String> notes = new ArrayList<>();
        facts.stream()
                .flatMap(f -> f.slots() == null ? java.util.stream.Stream.empty() : f.slots().values().stream())
                .map(Draft.DraftSlot::type)
                .filter(t -> t != null && !BUILT_IN.contains(t))
                .distinct()
                .forEach(type -> {
                    long count = live.current().gazetteer().ofType(type).size()
                            + draft.entities().stream()
                                    .filter(e -> type.equals(e.type()))
                                    .count();
                    if (count < 4) {
                        String suggestions = String.join(
                                "; ",
                                EntitySuggestions.of(type, live.current().gazetteer(), document, draft.entities()));
                        notes.add(messages.fewEntities(type, (int) count, 4 - (int) count, suggestions));
                    }
                });
        return notes;
    }

    String readDocument(String name) {
        if (name == null || name.isBlank()) return null;
        Path file = documentsDir().resolve(name).normalize();
        if (!file.startsWith(documentsDir().normalize()) || !Files.isRegularFile(file)) return null;
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return null;
        }
    }
}
