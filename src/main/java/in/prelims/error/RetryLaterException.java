package in.prelims.error;

/** The request may succeed later, and nothing was changed now: too many tries (429) or the server busy (503). */
public class RetryLaterException extends RuntimeException {

    private final boolean tooMany;
    private final long retryAfterSeconds;

    private RetryLaterException(boolean tooMany, long retryAfterSeconds, String message) {
        super(message);
        this.tooMany = tooMany;
        this.retryAfterSeconds = Math.max(1, retryAfterSeconds);
    }

    /** The client has tried too often; waiting {@code retryAfterSeconds} helps. */
    public static RetryLaterException tooMany(long retryAfterSeconds, String message) {
        return new RetryLaterException(true, retryAfterSeconds, message);
    }

    /** The server could not do it now; sending it again shortly helps. */
    public static RetryLaterException busy(long retryAfterSeconds, String message) {
        return new RetryLaterException(false, retryAfterSeconds, message);
    }

    public boolean tooMany() {
        return tooMany;
    }

    /** Whole seconds, at least one. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
