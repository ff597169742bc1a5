package in.prelims.fact;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Loading plus the provenance check, shared by start-up and the command-line validator. */
public final class FactChecks {

    private FactChecks() {}

    /**
     * @param documentsDir the raw documents, or null; the provenance check runs only when it exists
     * @throws FactBaseException listing every error
     */
    public static FactBase loadAndCheck(Path factDir, Path documentsDir) {
        FactBase base = FactBaseLoader.load(factDir);
        if (documentsDir != null && Files.isDirectory(documentsDir)) {
            List<FactError> errors = Provenance.check(base, documentsDir);
            if (!errors.isEmpty()) throw new FactBaseException(errors);
        }
        return base;
    }
}
