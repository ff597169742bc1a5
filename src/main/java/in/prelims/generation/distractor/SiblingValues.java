package in.prelims.generation.distractor;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.List;
import java.util.Random;

/**
 * Values of the same kind that neighbouring facts hold, offered before any other wrong value: the dates
 * of sibling events, the entities a relation's other facts hold in the same slot.
 */
@FunctionalInterface
public interface SiblingValues {

    /** A few values (at most a handful) of {@code slot}'s kind from facts near {@code fact}. */
    List<Slot> of(Fact fact, Slot slot, Random random);
}
