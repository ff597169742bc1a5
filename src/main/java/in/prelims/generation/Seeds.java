package in.prelims.generation;

import java.security.SecureRandom;
import java.util.Set;
import java.util.TreeSet;

/**
 * The one seed policy. A request's seed is mixed with its filters into the engine's seed, and every
 * later seed is derived from stable data (the request's seed, an item's number, a batch's number), so a
 * request with a seed always gives the same questions. A request without a seed gets {@link #random()}
 * where each call should differ (the question API, a new quiz, a new form), or {@link #DEFAULT} where
 * a bare URL should always give the same file (exports, printed papers, decks).
 */
public final class Seeds {

    /** The seed of a print or export request that names none. */
    public static final long DEFAULT = 1;

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final SecureRandom RANDOM = new SecureRandom();

    private Seeds() {}

    /** Short enough to note down and ask for the same questions again. */
    public static long random() {
        return 1 + RANDOM.nextInt(999_999);
    }

    /** The engine's seed for a request: its seed mixed with its filters (a detail drill draws differently). */
    static long forRequest(long seed, Set<String> topics, Set<String> sources, Set<Kind> kinds, boolean detail) {
        return of(seed, new TreeSet<>(topics) + "|" + new TreeSet<>(sources) + "|" + kinds + (detail ? "|detail" : ""));
    }

    /** The seed of the {@code batch}-th engine request for a set larger than one request holds; batch 0 is the seed itself. */
    static long batch(long seed, int batch) {
        return batch == 0 ? seed : mix(seed + batch * GOLDEN_GAMMA);
    }

    static long of(long seed, Object part) {
        return mix(seed ^ Texts.hash(String.valueOf(part)));
    }

    /** SplitMix64's finaliser: nearby inputs give unrelated seeds. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
