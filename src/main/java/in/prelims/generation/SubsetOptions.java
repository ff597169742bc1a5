package in.prelims.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * UPSC's option forms for "which of the statements is/are correct": with two statements
 * "1 only / 2 only / Both 1 and 2 / Neither 1 nor 2"; with three, four of "1 only", "2 and 3 only",
 * "1, 2 and 3", ... in that natural order, the key at the wanted position.
 *
 * @param subsets statement indexes (0-based) each option names
 */
record SubsetOptions(List<Set<Integer>> subsets, int answer) {

    static SubsetOptions of(int statements, int position, Random random) {
        if (statements == 2) {
            return new SubsetOptions(List.of(Set.of(0), Set.of(1), Set.of(0, 1), Set.of()), position);
        }
        List<Set<Integer>> all = nonEmptySubsets(statements);
        // position subsets must come before the key and 3 - position after it, in the natural order
        int key = position + random.nextInt(all.size() - 3);
        List<Set<Integer>> before = new ArrayList<>(all.subList(0, key));
        List<Set<Integer>> after = new ArrayList<>(all.subList(key + 1, all.size()));
        Collections.shuffle(before, random);
        Collections.shuffle(after, random);
        List<Set<Integer>> chosen = new ArrayList<>(before.subList(0, position));
        chosen.add(all.get(key));
        chosen.addAll(after.subList(0, 3 - position));
        chosen.sort(Comparator.comparingInt(all::indexOf));
        return new SubsetOptions(chosen, position);
    }

    /** Made once per number of statements: every statement item of a paper needs them. */
    private static final Map<Integer, List<Set<Integer>>> SUBSETS = new ConcurrentHashMap<>();

    /** {1}, {2}, {3}, {1,2}, {1,3}, {2,3}, {1,2,3} (0-based): by size, then by the numbers. */
    private static List<Set<Integer>> nonEmptySubsets(int n) {
        return SUBSETS.computeIfAbsent(n, SubsetOptions::makeNonEmptySubsets);
    }

    private static List<Set<Integer>> makeNonEmptySubsets(int n) {
        List<Set<Integer>> out = new ArrayList<>();
        for (int mask = 1; mask < (1 << n); mask++) {
            Set<Integer> s = new TreeSet<>();
            for (int i = 0; i < n; i++) if ((mask & (1 << i)) != 0) s.add(i);
            out.add(Collections.unmodifiableSet(s));
        }
        out.sort(Comparator.<Set<Integer>>comparingInt(Set::size).thenComparing(Object::toString));
        return List.copyOf(out);
    }

    Set<Integer> key() {
        return subsets.get(answer);
    }

    List<String> labels(Phrasing phrasing, int statements) {
        return subsets.stream().map(s -> label(phrasing, s, statements)).toList();
    }

    List<OptionMeaning> meanings(boolean askingCorrect) {
        return subsets.stream()
                .<OptionMeaning>map(s -> new OptionMeaning.Subset(s, askingCorrect))
                .toList();
    }

    private static String label(Phrasing phrasing, Set<Integer> subset, int statements) {
        if (subset.isEmpty()) return phrasing.fill("option-neither", Map.of("first", "1", "second", "2"));
        String list = list(phrasing, subset);
        if (subset.size() < statements) return phrasing.fill("option-only", Map.of("list", list));
        return phrasing.fill(statements == 2 ? "option-both" : "option-all", Map.of("list", list));
    }

    /** "1", "1 and 2", "1, 2 and 3" (1-based, with the template's word for "and"). */
    static String list(Phrasing phrasing, Set<Integer> subset) {
        List<String> numbers =
                new TreeSet<>(subset).stream().map(i -> String.valueOf(i + 1)).toList();
        if (numbers.size() == 1) return numbers.get(0);
        return String.join(", ", numbers.subList(0, numbers.size() - 1)) + " " + phrasing.text("and") + " "
                + numbers.get(numbers.size() - 1);
    }
}
