package in.prelims.study;

import java.util.List;

/** ts-fsrs's BasicLearningStepsStrategy: minutes to the next step and the step index after a grade. */
final class LearningSteps {

    /** A step to take: {@code minutes} from now, then at step {@code next}. */
    record Step(int minutes, int next) {}

    private LearningSteps() {}

    /** The step for the grade, or null when the card leaves the steps for a scheduled review. */
    static Step of(FsrsParameters p, CardState state, int current, Rating grade) {
        List<Integer> steps =
                state == CardState.RELEARNING || state == CardState.REVIEW ? p.relearningSteps() : p.learningSteps();
        if (steps.isEmpty() || current >= steps.size()) {
            return null;
        }
        if (state == CardState.REVIEW) {
            return grade == Rating.AGAIN ? new Step(steps.get(Math.max(0, current)), 0) : null;
        }
        return switch (grade) {
            case AGAIN -> new Step(steps.get(0), 0);
            case HARD ->
                new Step(
                        steps.size() == 1
                                ? (int) Math.round(steps.get(0) * 1.5)
                                : (int) Math.round((steps.get(0) + steps.get(1)) / 2.0),
                        current);
            case GOOD ->
                current + 1 < steps.size() && steps.get(current + 1) > 0
                        ? new Step(steps.get(current + 1), current + 1)
                        : null;
            case EASY -> null;
        };
    }
}
