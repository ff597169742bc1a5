package in.prelims.study;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the study page; the texts are in messages/study.properties. */
@MessageBundle("study")
public interface StudyMessages {

    @Message
    String title();

    @Message
    String lead();

    @Message
    String guestNote();

    @Message
    String signUpLink();

    @Message
    String counts(int due, int fresh);

    @Message
    String deckSummary();

    @Message
    String topicsLegend();

    @Message
    String sourcesLegend();

    @Message
    String deckButton();

    @Message
    String showAnswer();

    @Message
    String again();

    @Message
    String hard();

    @Message
    String good();

    @Message
    String easy();

    @Message
    String keysHint();

    @Message
    String done();

    @Message
    String loading();

    @Message
    String offline();

    @Message
    String examHeading();

    @Message
    String noExam();

    @Message
    String examIn(long days, String date);

    @Message
    String predicted(int remembered, int studied, int atTarget, int target);

    @Message
    String settingsHeading();

    @Message
    String newPerDayLabel();

    @Message
    String retentionLabel();

    @Message
    String retentionHint();

    @Message
    String examDateLabel();

    @Message
    String examTargetLabel();

    @Message
    String examTargetHint();

    @Message
    String saveButton();

    @Message
    String progressHeading();

    @Message
    String reviewsChart();

    @Message
    String forecastChart();

    @Message
    String trueRetention(int percent);

    @Message
    String noRetention();
}
