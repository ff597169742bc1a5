package in.prelims.fact;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Validates the fact base without starting the server.
 * Arguments: [--no-documents] [fact folder, default "questions"] [documents folder, default "../shared/seeds"];
 * the defaults are read from the project folder (system property {@code prelims.home}) when it is set.
 * Exit code 0 when valid, 1 with every error printed as {@code file:line: message}.
 */
public final class ValidateFacts {

    private ValidateFacts() {}

    public static void main(String[] args) {
        List<String> rest = new ArrayList<>(List.of(args));
        boolean checkDocuments = !rest.remove("--no-documents");
        Path home = Path.of(System.getProperty("prelims.home", ""));
        Path facts = rest.size() > 0 ? Path.of(rest.get(0)) : home.resolve("questions");
        Path documents = rest.size() > 1 ? Path.of(rest.get(1)) : home.resolve("../shared/seeds");
        try {
            FactBase base = FactChecks.loadAndCheck(facts, documents, checkDocuments);
            Shortages.of(base).forEach(w -> System.out.println("note: " + w));
            System.out.printf(
                    "OK: %d facts from %d sources, %d gazetteer entities in %s; %s%n",
                    base.facts().size(),
                    base.sources().size(),
                    base.gazetteer().size(),
                    facts.toAbsolutePath().normalize(),
                    checkDocuments
                            ? "every slot value found in its document in "
                                    + documents.toAbsolutePath().normalize()
                            : "documents NOT checked (--no-documents)");
        } catch (FactBaseException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        }
    }
}
