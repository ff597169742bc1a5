package in.prelims.generation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * "Only one / Only two / All three / None": the template's labels in the order shown, the key at
 * {@code position}; the statement count is the largest count a label stands for.
 */
record CountOptions(List<Phrasing.CountLabel> counts, int position) {

    int statements() {
        return counts.stream().mapToInt(Phrasing.CountLabel::count).max().orElseThrow();
    }

    /** Which statements are shown true so that the key's count of correct (or incorrect) ones holds. */
    boolean[] pattern(boolean askingCorrect, Random random) {
        int n = statements();
        List<Integer> places = new ArrayList<>();
        for (int i = 0; i < n; i++) places.add(i);
        Collections.shuffle(places, random);
        boolean[] shownTrue = new boolean[n];
        Arrays.fill(shownTrue, !askingCorrect);
        for (int i = 0; i < counts.get(position).count(); i++) shownTrue[places.get(i)] = askingCorrect;
        return shownTrue;
    }

    List<String> labels() {
        return counts.stream().map(Phrasing.CountLabel::label).toList();
    }

    List<OptionMeaning> meanings(boolean askingCorrect) {
        return counts.stream()
                .<OptionMeaning>map(c -> new OptionMeaning.Count(c.count(), askingCorrect))
                .toList();
    }
}
