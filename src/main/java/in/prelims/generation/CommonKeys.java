package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.BitSet;
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
    /**
     * For each word a quarter of the texts hold, which texts hold it. A value with any other word cannot be
     * common; for the rest, the texts holding all its words bound how many print it, so few values need a search.
     */
    private final Map<String, BitSet> commonWords = new HashMap<>();

    /** The answer for each key asked so far: keys are the base's values, few enough to keep. */
    private final Map<String, Boolean> decided = new ConcurrentHashMap<>();

    CommonKeys(List<Fact> facts) {
        this.texts = facts.stream().map(f -> Texts.padded(f.render())).toList();
        this.threshold = Math.max(3, (facts.size() + 3) / 4);
        Map<String, Integer> textsWithWord = new HashMap<>();
        List<Set<String>> words = texts.stream().map(CommonKeys::words).toList();
        for (Set<String> inText : words) for (String word : inText) textsWithWord.merge(word, 1, Integer::sum);
        textsWithWord.forEach((word, count) -> {
            if (count >= threshold) commonWords.put(word, new BitSet(texts.size()));
        });
        for (int i = 0; i < words.size(); i++) {
            for (String word : words.get(i)) {
                BitSet holders = commonWords.get(word);
                if (holders != null) holders.set(i);
            }
        }
    }

    boolean isCommon(String key) {
        Boolean known = decided.get(key);
        if (known != null) return known;
        boolean common = decide(key);
        decided.put(key, common);
        return common;
    }

    private boolean decide(String key) {
        String padded = Texts.padded(key);
        List<String> keyWords = List.of(padded.trim().split(" "));
        BitSet first = commonWords.get(keyWords.get(0));
        if (first == null) return false;
        if (keyWords.size() == 1) return true;
        BitSet holdingAll = (BitSet) first.clone();
        for (String word : keyWords.subList(1, keyWords.size())) {
            BitSet holders = commonWords.get(word);
            if (holders == null) return false;
            holdingAll.and(holders);
            if (holdingAll.cardinality() < threshold) return false;
        }
        return printedWidely(padded, holdingAll);
    }

    private boolean printedWidely(String padded, BitSet candidates) {
        int printing = 0;
        for (int i = candidates.nextSetBit(0); i >= 0; i = candidates.nextSetBit(i + 1)) {
            if (texts.get(i).contains(padded) && ++printing >= threshold) return true;
        }
        return false;
    }

    private static Set<String> words(String padded) {
        return new HashSet<>(List.of(padded.trim().split(" ")));
    }
}
