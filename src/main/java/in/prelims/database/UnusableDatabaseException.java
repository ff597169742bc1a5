package in.prelims.database;

/** Start-up found the database damaged or foreign; the app stops rather than write over it. */
class UnusableDatabaseException extends RuntimeException {

    UnusableDatabaseException(String message) {
        super(message, null, false, false);
    }
}
