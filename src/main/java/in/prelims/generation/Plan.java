package in.prelims.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The kind of each item and where its key goes. Kinds are dealt evenly; key positions are dealt
 * from shuffled blocks of A-D (A-B for two options), one sequence per number of options, so keys
 * spread evenly over the options.
 */
final class Plan {

    private final List<Kind> kinds;
    /** Key positions by number of options; a kind with one option always has its key first. */
    private final Map<Integer, List<Integer>> positions;

    private final Map<Integer, Integer> used = new HashMap<>();

    private Plan(List<Kind> kinds, Map<Integer, List<Integer>> positions) {
        this.kinds = kinds;
        this.positions = positions;
    }

    static Plan of(int count, List<Kind> kinds, long seed) {
        Random random = new Random(seed);
        List<Kind> dealt = new ArrayList<>();
        while (dealt.size() < count) {
            List<Kind> round = new ArrayList<>(kinds);
            Collections.shuffle(round, random);
            dealt.addAll(round);
        }
        // most options first, so a seed deals the same positions as it always has
        Map<Integer, List<Integer>> positions = new HashMap<>();
        Arrays.stream(Kind.values())
                .map(Kind::options)
                .filter(n -> n > 1)
                .distinct()
                .sorted(Comparator.reverseOrder())
                .forEach(n -> positions.put(n, blocks(count, n, random)));
        return new Plan(dealt.subList(0, count), positions);
    }

    private static List<Integer> blocks(int count, int size, Random random) {
        List<Integer> out = new ArrayList<>();
        while (out.size() < count) {
            List<Integer> block = new ArrayList<>();
            for (int i = 0; i < size; i++) block.add(i);
            Collections.shuffle(block, random);
            out.addAll(block);
        }
        return out;
    }

    Kind kind(int item) {
        return kinds.get(item);
    }

    /** The key position the next item of {@code kind} takes; it is used up by {@link #served}. */
    int position(Kind kind) {
        List<Integer> sequence = positions.get(kind.options());
        return sequence == null ? 0 : sequence.get(used.getOrDefault(kind.options(), 0));
    }

    /** An item of {@code kind} was served: the next one takes the next position of its sequence. */
    void served(Kind kind) {
        used.merge(kind.options(), 1, Integer::sum);
    }
}
