package in.prelims.generation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The kind of each item and where its key goes. Kinds are dealt evenly; key positions are dealt
 * from shuffled blocks of A-D (A-B for true-false), so keys spread evenly over the options.
 */
final class Plan {

    private final List<Kind> kinds;
    private final List<Integer> fourWay;
    private final List<Integer> twoWay;
    private int fourWayUsed;
    private int twoWayUsed;

    private Plan(List<Kind> kinds, List<Integer> fourWay, List<Integer> twoWay) {
        this.kinds = kinds;
        this.fourWay = fourWay;
        this.twoWay = twoWay;
    }

    static Plan of(int count, List<Kind> kinds, long seed) {
        Random random = new Random(seed);
        List<Kind> dealt = new ArrayList<>();
        while (dealt.size() < count) {
            List<Kind> round = new ArrayList<>(kinds);
            Collections.shuffle(round, random);
            dealt.addAll(round);
        }
        return new Plan(dealt.subList(0, count), blocks(count, 4, random), blocks(count, 2, random));
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
        return switch (kind) {
            case TRUE_FALSE -> twoWay.get(twoWayUsed);
            case FLASHCARD -> 0;
            default -> fourWay.get(fourWayUsed);
        };
    }

    /** An item of {@code kind} was served: the next one takes the next position of its sequence. */
    void served(Kind kind) {
        switch (kind) {
            case TRUE_FALSE -> twoWayUsed++;
            case FLASHCARD -> {}
            default -> fourWayUsed++;
        }
    }
}
