package in.prelims.fact;

/** One problem in the fact base, printed as {@code file:line: message} ({@code file: message} for line 0). */
public record FactError(String file, int line, String message) {

    @Override
    public String toString() {
        return file + (line > 0 ? ":" + line : "") + ": " + message;
    }
}
