package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Values that a quarter of a pool's facts state (at least three of them): "Japan" on an India–Japan
 * paper. Asked as an item's key, the rest of the paper gives them away, and since no later item may
 * print an earlier item's key, such a key would also leave the paper with almost nothing to ask.
 */
final class CommonKeys {

    private final List<String> texts;
    private final int threshold;
    /** How many texts hold each word: a value with a rarer word cannot be common, so most keys need no search. */
    private final Map<String, Integer> textsWithWord = new HashMap<>();

    private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

    CommonKeys(List<Fact> facts) {
        this.texts = facts.stream().map(f -> Texts.padded(f.render())).toList();
        this.threshold = Math.max(3, (facts.size() + 3) / 4);
        for (String text : texts) {
            Set<String> words = new HashSet<>(List.of(text.trim().split(" ")));
            for (String word : words) textsWithWord.merge(word, 1, Integer::sum);
        }
    }

    boolean isCommon(String key) {
        String padded = Texts.padded(key);
        for (String word : padded.trim().split(" ")) {
            if (textsWithWord.getOrDefault(word, 0) < threshold) return false;
        }
        return decided.computeIfAbsent(padded, this::printedWidely);
    }

    private boolean printedWidely(String padded) {
        int holding = 0;
        for (String text : texts) {
            if (text.contains(padded) && ++holding >= threshold) return true;
        }
        return false;
    }
}
