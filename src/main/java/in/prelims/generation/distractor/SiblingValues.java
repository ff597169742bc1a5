package in.prelims.generation.distractor;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.List;
import java.util.Random;

/** Values of the same type that neighbouring facts hold: the dates of sibling events. */
@FunctionalInterface
public interface SiblingValues {

    /** A few values (at most a handful) of {@code slot}'s kind from facts near {@code fact}. */
    List<Slot> of(Fact fact, Slot slot, Random random);
}
