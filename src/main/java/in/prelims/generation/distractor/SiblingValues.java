package in.prelims.generation.distractor;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Values of the same kind that neighbouring facts hold, offered before any other wrong value: the dates
 * of sibling events, the entities a relation's other facts hold in the same slot.
 */
@FunctionalInterface
public interface SiblingValues {

    /** Values of {@code slot}'s kind from facts near {@code fact}, nearest first; read only as far as needed. */
    Stream<Slot> of(Fact fact, Slot slot, Random random);
}
