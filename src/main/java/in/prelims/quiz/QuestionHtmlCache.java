package in.prelims.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The rendered questions of recent attempts. An attempt's questions never change once stored, so
 * their HTML is rendered once and reused on every reload; only answers and marks are per request.
 * Bounded by total size, least recently used first out.
 */
@ApplicationScoped
class QuestionHtmlCache {

    /** 32 MB of UTF-8: some 500 quizzes of 50 questions. */
    static final long BUDGET_BYTES = 32L * 1024 * 1024;

    private final Map<UUID, byte[]> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** The UTF-8 HTML of an attempt's questions, rendered by {@code render} the first time. */
    byte[] get(UUID attempt, Supplier<byte[]> render) {
        synchronized (this) {
            byte[] cached = pages.get(attempt);
            if (cached != null) {
                return cached;
            }
        }
        byte[] html = render.get();
        synchronized (this) {
            byte[] previous = pages.put(attempt, html);
            size += html.length - (previous == null ? 0 : previous.length);
            Iterator<byte[]> eldest = pages.values().iterator();
            while (size > BUDGET_BYTES && eldest.hasNext()) {
                size -= eldest.next().length;
                eldest.remove();
            }
        }
        return html;
    }
}
