package in.prelims.web;

import java.io.IOException;
import java.sql.SQLException;
import java.util.Set;

/**
 * Recognises a failure to write to the database that is about the storage, not the request: the
 * database is read-only, its disk is full, or H2 closed it after a failed write. Such a request
 * changed nothing and may succeed later, so it is a 503, not a 500.
 */
final class StorageFailure {

    static final String MESSAGE = "The database cannot save anything right now (its disk may be full or it may be "
            + "read-only), so this change was not saved. Nothing you saved before is lost. Try again in a minute; "
            + "if it keeps happening, tell the site's administrator.";
    static final long RETRY_SECONDS = 30;

    /**
     * H2: 90097 read only, 90098 closed (after a failed write), 90028/90031 IO errors, 90030 file
     * corrupted while writing, 90121 called at shutdown.
     */
    private static final Set<Integer> H2_CODES = Set.of(90097, 90098, 90028, 90031, 90030, 90121);

    private StorageFailure() {}

    static boolean in(Throwable failure) {
        for (Throwable e = failure; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof SQLException sql && storage(sql)) return true;
            if (e instanceof IOException io
                    && io.getMessage() != null
                    && io.getMessage().contains("No space left")) {
                return true;
            }
        }
        return false;
    }

    /** PostgreSQL: 25006 read-only transaction, class 53 insufficient resources (53100 disk full). */
    private static boolean storage(SQLException e) {
        String state = e.getSQLState();
        return H2_CODES.contains(e.getErrorCode())
                || "25006".equals(state)
                || (state != null && state.startsWith("53"))
                || (e.getMessage() != null && e.getMessage().contains("No space left"));
    }
}
