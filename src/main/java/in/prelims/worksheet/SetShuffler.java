package in.prelims.worksheet;

import in.prelims.generation.Question;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * Builds the sets of a worksheet. Set X's order of questions and of each question's options comes
 * from a {@link Random} seeded with the worksheet seed and the letter X, so the same seed always
 * prints the same paper. Only free options are shuffled: option codes with a natural order ("1 only,
 * 2 only, Both 1 and 2, Neither 1 nor 2"; "Only one ... None"; "True, False") print as every paper prints them.
 */
public final class SetShuffler {

    private SetShuffler() {}

    public static List<WorksheetSet> sets(List<Question> questions, int sets, long seed) {
        List<WorksheetSet> result = new ArrayList<>();
        for (int i = 0; i < sets; i++) {
            String letter = String.valueOf((char) ('A' + i));
            result.add(shuffle(questions, letter, seed));
        }
        return result;
    }

    static WorksheetSet shuffle(List<Question> questions, String letter, long seed) {
        Random random = new Random(setSeed(seed, letter));
        List<Question> order = new ArrayList<>(questions);
        Collections.shuffle(order, random);
        List<Question> shuffled = new ArrayList<>();
        for (Question q : order) {
            List<Integer> optionOrder = new ArrayList<>(
                    IntStream.range(0, q.options().size()).boxed().toList());
            if (!q.kind().fixedOptionOrder()) {
                Collections.shuffle(optionOrder, random);
            }
            shuffled.add(q.withOptionOrder(optionOrder));
        }
        return new WorksheetSet(letter, shuffled);
    }

    /** The seed of one set: the worksheet seed and the set letter mixed (SplitMix64). */
    static long setSeed(long seed, String letter) {
        long z = seed * 31 + letter.charAt(0) + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
