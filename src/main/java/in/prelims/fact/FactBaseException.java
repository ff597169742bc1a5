package in.prelims.fact;

import java.util.List;
import java.util.stream.Collectors;

/** The fact base could not be loaded; the message lists every error, one per line. */
public class FactBaseException extends RuntimeException {

    private final List<FactError> errors;

    public FactBaseException(List<FactError> errors) {
        super("The fact base has " + errors.size() + " error(s):\n"
                + errors.stream().map(FactError::toString).collect(Collectors.joining("\n")));
        this.errors = List.copyOf(errors);
    }

    public List<FactError> errors() {
        return errors;
    }
}
