package in.prelims.fact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Loading plus the provenance check, shared by start-up, the studio and the command-line validator. */
public final class FactChecks {

    private FactChecks() {}

    /**
     * Loads and checks every slot value against its document; a missing documents folder is an error.
     *
     * @throws FactBaseException listing every error, schema errors before provenance errors
     */
    public static FactBase loadAndCheck(Path factDir, Path documentsDir) {
        return loadAndCheck(factDir, documentsDir, true);
    }

    /**
     * @param documentsDir   the raw documents; may be null only when {@code checkDocuments} is false
     * @param checkDocuments false only when the caller was told explicitly to skip the provenance check
     */
    public static FactBase loadAndCheck(Path factDir, Path documentsDir, boolean checkDocuments) {
        List<FactError> errors = new ArrayList<>();
        FactBase base = FactBaseLoader.load(factDir, errors);
        if (checkDocuments) errors.addAll(provenance(base, documentsDir));
        if (!errors.isEmpty()) throw new FactBaseException(errors);
        return base;
    }

    /** The provenance errors of the facts that loaded, or why no document could be checked. */
    static List<FactError> provenance(FactBase base, Path documentsDir) {
        if (documentsDir == null) {
            return List.of(new FactError(
                    "facts.documents-dir",
                    0,
                    "no documents folder is set; set"
                            + " facts.documents-dir, or facts.check-documents=false to skip the provenance check"));
        }
        if (!Files.isDirectory(documentsDir)) {
            return List.of(new FactError(
                    documentsDir.toAbsolutePath().normalize().toString(),
                    0,
                    "the documents folder does not exist (setting facts.documents-dir, or the second argument of"
                            + " validate-facts); set facts.check-documents=false, or pass --no-documents, to skip"
                            + " the provenance check"));
        }
        return base == null ? List.of() : Provenance.check(base, documentsDir);
    }
}
