package in.prelims.quiz;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the quiz pages; the texts are in messages/quiz.properties. */
@MessageBundle("quiz")
public interface QuizMessages {

    @Message
    String compilationsLink();

    @Message
    String startTitle();

    @Message
    String startLead(int facts, int sources, int topics);

    @Message
    String resumeHeading();

    @Message
    String resumeText(long answered, int total, String left);

    @Message
    String resumeButton();

    @Message
    String countLabel();

    @Message
    String minutesLabel();

    @Message
    String minutesHint();

    @Message
    String extraTimeHint(int minutes);

    @Message
    String markingLegend();

    @Message
    String customHint();

    @Message
    String customCorrect();

    @Message
    String customWrong();

    @Message
    String startButton();

    @Message
    String moreSummary();

    @Message
    String kindsLegend();

    @Message
    String detailDrill();

    @Message
    String topicsLegend();

    @Message
    String stylesHelp();

    @Message
    String practiceTag();

    @Message
    String shortPaper(int served, int requested);

    @Message
    String sourcesLegend();

    @Message
    String factsCount(long count);

    @Message
    String kindName(String slug);

    @Message
    String attemptTitle(int count);

    @Message
    String barLabel();

    @Message
    String timeLeft();

    @Message
    String statusSaving();

    @Message
    String statusSaved();

    @Message
    String statusOffline();

    @Message
    String statusRefused();

    @Message
    String confirmSubmit();

    @Message
    String confirmSubmitAll();

    @Message
    String retakeButton();

    @Message
    String onlyBlank();

    @Message
    String problemsHeading(int count);

    @Message
    String countProblem();

    @Message
    String minutesProblem();

    @Message
    String seedProblem();

    @Message
    String correctProblem();

    @Message
    String wrongProblem();

    @Message
    String retakeHint();

    @Message
    String reviewWrongHeading(int count);

    @Message
    String reviewFilterLabel();

    @Message
    String showAll(int count);

    @Message
    String showWrong(int count);

    @Message
    String noWrong();

    @Message
    String questionState();

    @Message
    String legendNotVisited();

    @Message
    String minutesLeftWarning();

    @Message
    String oneMinuteWarning();

    @Message
    String timeUp();

    @Message
    String unsavedWarning();

    @Message
    String viewLabel();

    @Message
    String viewOne();

    @Message
    String viewAll();

    @Message
    String submitButton();

    @Message
    String paletteLabel();

    @Message
    String paletteButton(int number);

    @Message
    String progress(long answered, int total, long marked);

    @Message
    String progressTemplate();

    @Message
    String legendAnswered();

    @Message
    String legendUnanswered();

    @Message
    String legendMarked();

    @Message
    String legendUnsaved();

    @Message
    String markingNote(String summary);

    @Message
    String keysSummary();

    @Message
    String keysHelp();

    @Message
    String questionNumber(int number, int total);

    @Message
    String optionsLegend(int number);

    @Message
    String markForReview();

    @Message
    String clearResponse();

    @Message
    String previous();

    @Message
    String next();

    @Message
    String resultTitle();

    @Message
    String scoreHeading();

    @Message
    String exactScore(String score, String max);

    @Message
    String correctLabel();

    @Message
    String wrongLabel();

    @Message
    String unattemptedLabel();

    @Message
    String timeUsedLabel();

    @Message
    String timeUsed(String used, String allowed);

    @Message
    String markingLabel();

    @Message
    String submittedLabel();

    @Message
    String submittedBy(String by);

    @Message
    String newQuiz();

    @Message
    String historyLink();

    @Message
    String topicsHeading();

    @Message
    String topicColumn();

    @Message
    String questionsColumn();

    @Message
    String marksColumn();

    @Message
    String accuracyColumn();

    @Message
    String reviewHeading();

    @Message
    String outcome(String outcome);

    @Message
    String keyTag();

    @Message
    String yourAnswerTag();

    @Message
    String notAnswered();

    @Message
    String explanationHeading();

    @Message
    String sourceLabel();

    @Message
    String reportSummary();

    @Message
    String reportLabel();

    @Message
    String reportButton();

    @Message
    String reportThanks();
}
