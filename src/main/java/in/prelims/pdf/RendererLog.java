package in.prelims.pdf;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import java.util.logging.Level;
import org.jboss.logging.Logger;

/**
 * Sends the PDF renderer's messages to the application's log under {@code com.openhtmltopdf.<area>}, so
 * the levels in application.properties apply; by default the renderer writes every step to stderr.
 */
final class RendererLog implements XRLogger {

    @Override
    public void log(String where, Level level, String msg) {
        log(where, level, msg, null);
    }

    @Override
    public void log(String where, Level level, String msg, Throwable th) {
        Logger.getLogger(where).log(level(level), msg, th);
    }

    @Override
    public void setLevel(String logger, Level level) {
        // the levels come from application.properties
    }

    @Override
    public boolean isLogLevelEnabled(Diagnostic diagnostic) {
        return Logger.getLogger("com.openhtmltopdf").isEnabled(level(diagnostic.getLevel()));
    }

    private static Logger.Level level(Level level) {
        int value = level.intValue();
        if (value >= Level.SEVERE.intValue()) {
            return Logger.Level.ERROR;
        }
        if (value >= Level.WARNING.intValue()) {
            return Logger.Level.WARN;
        }
        return value >= Level.INFO.intValue() ? Logger.Level.INFO : Logger.Level.DEBUG;
    }
}
