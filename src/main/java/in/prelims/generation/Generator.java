package in.prelims.generation;

import in.prelims.fact.Fact;
import java.util.Optional;
import java.util.Random;

/** Builds one kind of item around an anchor fact; the quality gate decides whether it is served. */
interface Generator {

    /**
     * @param position the option index the key should take (0-3, or 0-1 for true-false)
     * @return empty when the anchor cannot make this kind (no askable slot, no relation, ...)
     */
    Optional<Draft> draft(Fact anchor, Pool pool, Phrasing phrasing, int position, Random random);

    /** Whether the phrasing's form fits the anchor at all (a three-column relation needs a row wording). */
    default boolean suits(Fact anchor, Phrasing phrasing) {
        return true;
    }
}
