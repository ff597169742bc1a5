package in.prelims.fact;

import java.nio.file.Path;

/**
 * Validates the fact base without starting the server.
 * Arguments: [fact folder, default "questions"] [documents folder, default "../shared/seeds"].
 * Exit code 0 when valid, 1 with every error printed as {@code file:line: message}.
 */
public final class ValidateFacts {

    private ValidateFacts() {}

    public static void main(String[] args) {
        Path facts = Path.of(args.length > 0 ? args[0] : "questions");
        Path documents = Path.of(args.length > 1 ? args[1] : "../shared/seeds");
        try {
            FactBase base = FactChecks.loadAndCheck(facts, documents);
            Shortages.of(base).forEach(w -> System.out.println("note: " + w));
            System.out.printf(
                    "OK: %d facts from %d sources, %d gazetteer entities%s%n",
                    base.facts().size(),
                    base.sources().size(),
                    base.gazetteer().size(),
                    documents.toFile().isDirectory() ? ", every slot value found in its document" : "");
        } catch (FactBaseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
