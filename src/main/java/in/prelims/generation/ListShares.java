package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How many items of a paper draw on each list (the seven pillars of the IPOI, the fields of a
 * memorandum): a moderator strikes a paper where one list supplies a quarter of the items. A list
 * may supply at most two items of a paper of up to 30, and one more for every further 15; the engine
 * fills the paper within these shares first and only then, for a topic too narrow to fill it
 * otherwise, beyond them. A complete list supplies fewer items than it has members: the two channels of a memorandum
 * asked in two items answer each other ("one of the two channels" beside "which is a channel").
 */
final class ListShares {

    private final int perList;
    /** A complete list's members by its name; other lists are not in it. */
    private final Map<String, Integer> completeSizes;

    /** How many items of the paper each list supplied, shared with {@link #beyondShares()}. */
    private final Map<String, Integer> items;

    private boolean refused;

    private ListShares(int perList, Map<String, Integer> completeSizes, Map<String, Integer> items) {
        this.perList = perList;
        this.completeSizes = completeSizes;
        this.items = items;
    }

    static ListShares forPaper(int size, Map<String, Integer> completeSizes) {
        return new ListShares(Math.max(2, (size + 14) / 15), completeSizes, new HashMap<>());
    }

    /** A deck of flashcards is not a paper: any number of cards may come from one list. */
    static ListShares unlimited() {
        return new ListShares(Integer.MAX_VALUE, Map.of(), new HashMap<>());
    }

    /**
     * The same paper beyond the per-list share, for places a narrow topic cannot fill otherwise; a complete list of two
     * still supplies one item, as each of its members is the other's complement.
     */
    ListShares beyondShares() {
        Map<String, Integer> pairs = new HashMap<>();
        completeSizes.forEach((list, size) -> {
            if (size == 2) pairs.put(list, size);
        });
        return new ListShares(Integer.MAX_VALUE, pairs, items);
    }

    /** Whether the draft can join without a list going over its share. */
    boolean admits(Draft d) {
        for (String list : lists(d)) {
            int share = Math.min(perList, Math.max(1, completeSizes.getOrDefault(list, Integer.MAX_VALUE) - 1));
            if (items.getOrDefault(list, 0) >= share) {
                refused = true;
                return false;
            }
        }
        return true;
    }

    /** Whether a draft was ever turned away: only then can a pass beyond the shares add anything. */
    boolean refusedAny() {
        return refused;
    }

    void add(Draft d) {
        for (String list : lists(d)) items.merge(list, 1, Integer::sum);
    }

    private static Set<String> lists(Draft d) {
        Set<String> out = new TreeSet<>();
        for (Fact f : d.facts()) if (f.list() != null) out.add(f.list().name());
        return out;
    }
}
