package in.prelims.error;

/** The request is well formed but clashes with the current state: a name taken, a quiz already over. */
public class ConflictException extends RuntimeException {

    public ConflictException(String message) {
        super(message);
    }
}
