package in.prelims.error;

import java.util.Optional;

/**
 * A value a person or client supplied is not acceptable. Thrown by the engine and the domain; the web
 * layer turns it into a 400 (an HTML page for browsers, JSON for API clients).
 *
 * @param field the request field at fault ("marking.wrong", "count"), when one is
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public InvalidInputException(String message) {
        this(null, message);
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }
}
