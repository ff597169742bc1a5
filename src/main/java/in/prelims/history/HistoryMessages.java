package in.prelims.history;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the history page; the texts are in messages/history.properties. */
@MessageBundle("history")
public interface HistoryMessages {

    @Message
    String title();

    @Message
    String guestNote();

    @Message
    String signUpLink();

    @Message
    String empty();

    @Message
    String startFirst();

    @Message
    String trendHeading();

    @Message
    String trendAxis();

    @Message
    String trendAria();

    @Message
    String weakHeading();

    @Message
    String accuracyOf(int accuracy, int correct, int questions);

    @Message
    String practiseButton(String count);

    @Message
    String attemptsHeading();

    @Message
    String whenColumn();

    @Message
    String questionsColumn();

    @Message
    String markingColumn();

    @Message
    String scoreColumn();

    @Message
    String tallyColumn();

    @Message
    String linkColumn();

    @Message
    String review();

    @Message
    String running();

    @Message
    String resume();

    @Message
    String topicsHeading();

    @Message
    String topicsHelp();

    @Message
    String tallyText(int correct, int wrong, int blank);

    @Message
    String onlyBlank();

    @Message
    String onlyBlankOf(int questions);
}
