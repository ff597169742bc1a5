package in.prelims.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The kind of each item and where its key goes. Kinds are dealt evenly; key positions are dealt
 * from shuffled blocks of A-D (A-B for two options), one sequence per form (template), so the keys of
 * every form spread evenly over its options: two-statement items as much as the paper as a whole.
 */
final class Plan {

    private final List<Kind> kinds;
    private final long seed;
    /** Key positions by form; a kind with one option always has its key first. */
    private final Map<String, List<Integer>> positions = new HashMap<>();

    private final Map<String, Integer> used = new HashMap<>();
    /** How many keys of each form went to each position. */
    private final Map<String, int[]> servedAt = new HashMap<>();

    private Plan(List<Kind> kinds, long seed) {
        this.kinds = kinds;
        this.seed = seed;
    }

    static Plan of(int count, List<Kind> kinds, long seed) {
        Random random = new Random(seed);
        List<Kind> dealt = new ArrayList<>();
        while (dealt.size() < count) {
            List<Kind> round = new ArrayList<>(kinds);
            Collections.shuffle(round, random);
            dealt.addAll(round);
        }
        return new Plan(dealt.subList(0, count), seed);
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

    /** The key position the next item of {@code phrasing}'s form takes; it is used up by {@link #served}. */
    int position(Phrasing phrasing) {
        int options = phrasing.kind().options();
        if (options < 2) return 0;
        List<Integer> sequence = positions.computeIfAbsent(
                phrasing.id(), id -> blocks(kinds.size(), options, new Random(Seeds.of(seed, id))));
        return sequence.get(used.getOrDefault(phrasing.id(), 0));
    }

    /**
     * Whether a key planned for {@code planned} may go to {@code position} instead: only to a position this
     * form's keys have taken less often, so that keys moved when the planned one cannot be served (no false
     * statement left to make "1 only") stay spread over the options. The paper's first item of a form moves only
     * when {@code firstMayMove} (the engine's last look at places still empty, so that a form none of whose planned
     * keys can be served still gets its item): a first "Neither 1 nor 2" that found no two false statements went to
     * "Both 1 and 2", which then led every paper.
     */
    boolean mayMove(Phrasing phrasing, int planned, int position, boolean firstMayMove) {
        if (position == planned) return true;
        int[] at = servedAt.get(phrasing.id());
        if (at == null) return firstMayMove;
        return at[position] < at[planned];
    }

    /**
     * An item of {@code phrasing}'s form was served with its key at {@code position}: the next one takes the
     * next position of its sequence. A position other than the planned one is swapped with the next place
     * that plans it, so the sequence stays balanced.
     */
    void served(Phrasing phrasing, int position) {
        int at = used.getOrDefault(phrasing.id(), 0);
        List<Integer> sequence = positions.get(phrasing.id());
        if (sequence != null && sequence.get(at) != position) {
            for (int j = at + 1; j < sequence.size(); j++) {
                if (sequence.get(j) == position) {
                    Collections.swap(sequence, at, j);
                    break;
                }
            }
        }
        used.merge(phrasing.id(), 1, Integer::sum);
        int options = phrasing.kind().options();
        if (options >= 2) servedAt.computeIfAbsent(phrasing.id(), id -> new int[options])[position]++;
    }
}
