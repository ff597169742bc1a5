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

    /** About 32 MB of UTF-16: some 300 quizzes of 50 questions. */
    static final long BUDGET_CHARS = 16L * 1024 * 1024;

    private final Map<UUID, String> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    String get(UUID attempt, Supplier<String> render) {
        synchronized (this) {
            String cached = pages.get(attempt);
            if (cached != null) {
                return cached;
            }
        }
        String html = render.get();
        synchronized (this) {
            String previous = pages.put(attempt, html);
            size += html.length() - (previous == null ? 0 : previous.length());
            Iterator<String> eldest = pages.values().iterator();
            while (size > BUDGET_CHARS && eldest.hasNext()) {
                size -= eldest.next().length();
                eldest.remove();
            }
        }
        return html;
    }
}
