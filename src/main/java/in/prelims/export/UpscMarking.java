package in.prelims.export;

/** UPSC Prelims marking as LMS quizzes express it: a wrong answer loses one third of the question's marks. */
final class UpscMarking {

    /** Marks for a correct answer in GS Paper I. */
    static final String MARKS = "2";

    /** The fraction of a question's marks a wrong answer gives, in the percent form Moodle accepts. */
    static final String WRONG_PERCENT = "-33.33333";

    private UpscMarking() {}
}
