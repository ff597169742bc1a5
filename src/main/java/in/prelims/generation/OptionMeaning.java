package in.prelims.generation;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What an option asserts, so the gate can decide from the claims' truth whether it is the key. */
sealed interface OptionMeaning {

    /**
     * @param truth whether each claim of the item holds in the fact base
     * @param order for chronology, the claims from earliest to latest event; else null
     */
    boolean isRight(List<Boolean> truth, List<Integer> order);

    /** MCQ, cloze, flashcard: the option is right when claim {@code claim} holds. */
    record Holds(int claim) implements OptionMeaning {
        public boolean isRight(List<Boolean> truth, List<Integer> order) {
            return truth.get(claim);
        }
    }

    /** True-false: the option says claim 0 {@code holds}. */
    record Verdict(boolean holds) implements OptionMeaning {
        public boolean isRight(List<Boolean> truth, List<Integer> order) {
            return truth.get(0) == holds;
        }
    }

    /**
     * Statements and pairs: exactly the statements in {@code members} (0-based) are correct,
     * or, when {@code askingCorrect} is false, exactly those are incorrect.
     */
    record Subset(Set<Integer> members, boolean askingCorrect) implements OptionMeaning {
        public boolean isRight(List<Boolean> truth, List<Integer> order) {
            Set<Integer> actual = new HashSet<>();
            for (int i = 0; i < truth.size(); i++) if (truth.get(i) == askingCorrect) actual.add(i);
            return actual.equals(members);
        }
    }

    /** How-many: exactly {@code count} statements are correct (or incorrect). */
    record Count(int count, boolean askingCorrect) implements OptionMeaning {
        public boolean isRight(List<Boolean> truth, List<Integer> order) {
            return truth.stream().filter(t -> t == askingCorrect).count() == count;
        }
    }

    /** Chronology: {@code order} lists the statements (0-based) from earliest to latest. */
    record Order(List<Integer> order) implements OptionMeaning {
        public boolean isRight(List<Boolean> truth, List<Integer> actual) {
            return order.equals(actual);
        }
    }

    /**
     * Statement-I / Statement-II: whether each statement is correct and, when both are, whether II explains
     * I. {@code truth} holds the two statements' truth and then whether II is the fact that explains I.
     */
    record Reason(boolean first, boolean second, boolean explains) implements OptionMeaning {
        public boolean isRight(List<Boolean> truth, List<Integer> order) {
            boolean bothRight = first && second;
            return truth.get(0) == first && truth.get(1) == second && (!bothRight || truth.get(2) == explains);
        }
    }
}
