package in.prelims.curation;

import in.prelims.error.InvalidInputException;
import in.prelims.error.NotFoundException;
import in.prelims.fact.FoundValue;
import in.prelims.fact.LiveFacts;
import in.prelims.fact.ValueFinder;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Stores a document in the documents folder and reads its source block from the text. */
@ApplicationScoped
class Documents {

    private static final Pattern SAFE_NAME = Pattern.compile("[a-z0-9][a-z0-9._-]*\\.txt");
    private static final int MAX_CHARS = 100_000;

    @Inject
    Studio studio;

    @Inject
    LiveFacts live;

    /** What the studio shows for a document: its text, the source block prefilled and the analysis. */
    record Opened(String document, String text, Draft.DraftSource source, Analysis analysis) {}

    Opened store(String text) {
        if (text == null || text.isBlank()) throw new InvalidInputException("text", "Paste or upload a document.");
        if (text.length() > MAX_CHARS) {
            throw new InvalidInputException("text", "The document is longer than " + MAX_CHARS + " characters.");
        }
        String clean = text.replace("\r\n", "\n").strip() + "\n";
        Draft.DraftSource source = Prefill.source(clean, null);
        String name = source.id() + ".txt";
        Path dir = studio.documentsDir();
        try {
            Files.createDirectories(dir);
            Path file = dir.resolve(name);
            for (int n = 2; Files.exists(file) && !Files.readString(file).equals(clean); n++) {
                name = source.id() + "-" + n + ".txt";
                file = dir.resolve(name);
            }
            Files.writeString(file, clean, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return open(name);
    }

    Opened open(String name) {
        String text = text(name);
        return new Opened(
                name,
                text,
                Prefill.source(text, name),
                Analyser.analyse(text, live.current().gazetteer()));
    }

    /** A stored document's text; a 404 naming the folder for a name that is not a stored document. */
    String text(String name) {
        if (!SAFE_NAME.matcher(name).matches()) throw new NotFoundException("No document " + name + " here.");
        String text = studio.readDocument(name);
        if (text == null) throw new NotFoundException("No document " + name + " in " + studio.documentsDir() + ".");
        return text;
    }

    /** The citation as the text gives it: title, the dateline's date, the publisher when named. */
    static final class Prefill {

        private Prefill() {}

        static Draft.DraftSource source(String text, String document) {
            List<String> lines =
                    text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
            boolean pib = text.contains("Press Information Bureau") || text.contains("PIB");
            String publisher = pib ? "Press Information Bureau" : known(text);
            String head = text.substring(0, Math.min(text.length(), 400));
            LocalDate date = ValueFinder.find(head).stream()
                    .filter(v -> v.type().equals("date"))
                    .map(FoundValue::value)
                    .map(LocalDate::parse)
                    .findFirst()
                    .orElse(LocalDate.now());
            String title = lines.stream()
                    .filter(l -> l.length() > 25 && !l.startsWith("Ministry of") && !l.contains("Press Information"))
                    .filter(l ->
                            ValueFinder.find(l).stream().noneMatch(v -> v.type().equals("date")))
                    .findFirst()
                    .orElse(lines.isEmpty() ? "Untitled" : lines.get(0));
            String prefix = pib ? "pib" : publisher == null ? "doc" : Expansion.slug(publisher);
            String id = prefix + "-" + date + "-"
                    + Expansion.slug(String.join(
                            " ",
                            List.of(title.toLowerCase(Locale.ROOT).split("\\s+"))
                                    .subList(0, Math.min(5, title.split("\\s+").length))));
            return new Draft.DraftSource(
                    id,
                    title.length() > 200 ? title.substring(0, 200) : title,
                    publisher == null ? "" : publisher,
                    date.toString(),
                    document,
                    List.of(),
                    pib ? "official" : publisher == null ? "unattributed" : "press");
        }

        private static String known(String text) {
            for (String p : List.of(
                    "The Hindu",
                    "Indian Express",
                    "Hindustan Times",
                    "The Times of India",
                    "Livemint",
                    "Business Standard",
                    "Drishti IAS",
                    "All India Radio",
                    "Prasar Bharati")) {
                if (text.contains(p)) return p;
            }
            return null;
        }
    }
}
