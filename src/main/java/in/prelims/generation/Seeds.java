package in.prelims.generation;

/** Seeds derived from stable data only (the request's seed and filters, an item's number). */
final class Seeds {

    private Seeds() {}

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
