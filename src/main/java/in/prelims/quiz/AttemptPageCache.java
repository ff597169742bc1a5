package in.prelims.quiz;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The attempt pages of recent attempts, rendered once each without answers, marks or clock (the
 * page's script reads those from the state API) and kept with slots for what differs per request.
 * An attempt's questions never change once stored; a page is rebuilt when the attempt's owner
 * changed (a guest who signed up sees the account in the header). Bounded by total size, least
 * recently used first out.
 */
@ApplicationScoped
class AttemptPageCache {

    /**
     * As much as an eighth of the heap bound, at most 48 MB of UTF-8 (some 600 pages of 50 questions).
     * The bytes themselves live outside the heap ({@link SplicedPage}), so this adds to the process's
     * memory beyond the heap.
     */
    static final long BUDGET_BYTES =
            Math.min(48L * 1024 * 1024, Runtime.getRuntime().maxMemory() / 8);

    private record Entry(String ownerKey, SplicedPage page) {}

    private final Map<UUID, Entry> pages = new LinkedHashMap<>(64, 0.75f, true);
    private long size;

    /** The page of an attempt for its owner if it was rendered before; never renders. */
    synchronized Optional<SplicedPage> cached(UUID attempt, String ownerKey) {
        Entry cached = pages.get(attempt);
        return cached != null && cached.ownerKey().equals(ownerKey) ? Optional.of(cached.page()) : Optional.empty();
    }

    /** The page of an attempt for its owner ({@code ownerKey}), rendered by {@code render} the first time. */
    SplicedPage get(UUID attempt, String ownerKey, Supplier<SplicedPage> render) {
        synchronized (this) {
            Entry cached = pages.get(attempt);
            if (cached != null && cached.ownerKey().equals(ownerKey)) {
                return cached.page();
            }
        }
        SplicedPage page = render.get();
        synchronized (this) {
            Entry previous = pages.put(attempt, new Entry(ownerKey, page));
            size += page.length() - (previous == null ? 0 : previous.page().length());
            Iterator<Entry> eldest = pages.values().iterator();
            while (size > BUDGET_BYTES && eldest.hasNext()) {
                size -= eldest.next().page().length();
                eldest.remove();
            }
        }
        return page;
    }
}
