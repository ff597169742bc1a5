package in.prelims.error;

/** What was asked for does not exist here (or belongs to someone else, which is told the same way). */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
