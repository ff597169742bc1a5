package in.prelims.classes;

import in.prelims.generation.Question;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

/** Everything the teacher's results page and CSV show for one paper, computed once per change. */
record Results(
        PaperFigures figures,
        double maxScore,
        List<Student> students,
        List<Item> items,
        List<Topic> topics,
        int[] distribution) {

    /** Score bands of the distribution chart, in percent of the maximum: below 0, 0-10, ..., 90-100. */
    static final int BANDS = 11;

    record Student(String username, String set, String score, double marks, Duration time, UUID attempt) {}

    /** @param question the item with its options in their unshuffled order */
    record Item(int number, Question question, ItemFigures figures) {}

    record Topic(String topic, int items, double percentCorrect) {}

    List<Item> needingChecks() {
        return items.stream().filter(i -> i.figures().needsChecking()).toList();
    }

    static int band(double marks, double maxScore) {
        if (marks < 0 || maxScore <= 0) {
            return 0;
        }
        return 1 + Math.min(9, (int) Math.floor(10 * marks / maxScore));
    }
}
