package in.prelims.generation;

import in.prelims.fact.FactError;
import java.util.List;
import java.util.stream.Collectors;

/** The question templates could not be loaded; the message lists every error as {@code file:line: message}. */
public class TemplateFileException extends RuntimeException {

    private final List<FactError> errors;

    public TemplateFileException(List<FactError> errors) {
        super("The question templates have " + errors.size() + " error(s):\n"
                + errors.stream().map(FactError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<FactError> errors() {
        return errors;
    }
}
