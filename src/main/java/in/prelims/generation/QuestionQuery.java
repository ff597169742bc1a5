package in.prelims.generation;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Turns query parameters into a {@link QuestionRequest}; a bad value names its parameter. */
final class QuestionQuery {

    static final int DEFAULT_COUNT = 10;

    private QuestionQuery() {}

    /** @throws IllegalArgumentException with a message naming the parameter */
    static QuestionRequest parse(String count, String seed, String kinds, String topics, String sources) {
        int n = blank(count) ? DEFAULT_COUNT : (int) number("count", count, 1, QuestionRequest.MAX_COUNT);
        long s = blank(seed)
                ? ThreadLocalRandom.current().nextLong(1, 1_000_000_000L)
                : number("seed", seed, Long.MIN_VALUE, Long.MAX_VALUE);
        return new QuestionRequest(n, s, kinds(kinds), list(topics), list(sources));
    }

    private static long number(String name, String value, long min, long max) {
        long n;
        try {
            n = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("Parameter '" + name + "' must be a whole number, not '" + value + "'.");
        }
        if (n < min || n > max) {
            throw new IllegalArgumentException(
                    "Parameter '" + name + "' must be between " + min + " and " + max + ", not " + n + ".");
        }
        return n;
    }

    private static Set<Kind> kinds(String value) {
        Set<Kind> out = new LinkedHashSet<>();
        for (String slug : list(value)) {
            out.add(Kind.ofSlug(slug)
                    .orElseThrow(() -> new IllegalArgumentException("Parameter 'kinds': unknown kind '" + slug
                            + "'. Known kinds: "
                            + String.join(
                                    ", ",
                                    Arrays.stream(Kind.values()).map(Kind::slug).toList()) + ".")));
        }
        return out;
    }

    private static Set<String> list(String value) {
        if (blank(value)) return Set.of();
        List<String> parts = Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(p -> !p.isEmpty())
                .toList();
        return new LinkedHashSet<>(parts);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
