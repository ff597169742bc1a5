package in.prelims.worksheet;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the worksheet form and paper; the texts are in messages/worksheets.properties. */
@MessageBundle("worksheets")
public interface WorksheetMessages {

    @Message
    String defaultTitle();

    @Message
    String teacherCopy();

    @Message
    String studentCopy();

    @Message
    String toolbarLabel();

    @Message
    String changeOptions();

    @Message
    String print();

    @Message
    String showStudent();

    @Message
    String showTeacher();

    @Message
    String pdfTeacher();

    @Message
    String pdfStudent();

    @Message
    String exportLabel();

    @Message
    String allKeysHead();

    @Message
    String allKeysHeading();

    @Message
    String allKeysHelp();

    @Message
    String questionColumn();

    @Message
    String allExports();

    @Message
    String setLabel(String letter);

    @Message
    String setWord();

    @Message
    String facts(int count, int minutes, String marks);

    @Message
    String name();

    @Message
    String rollNumber();

    @Message
    String date();

    @Message
    String instructions();

    @Message
    String timeRule(int minutes, int count);

    @Message
    String rightRule(String marks);

    @Message
    String wrongRule(String wrong, String share);

    @Message
    String noNegativeRule();

    @Message
    String blankRule();

    @Message
    String omrRule();

    @Message
    String answerSheet(String letter);

    @Message
    String omrHelp();

    @Message
    String keyHead(String letter);

    @Message
    String answerKey(String letter);

    @Message
    String explanations();

    @Message
    String source();

    @Message
    String formTitle();

    @Message
    String formLead();

    @Message
    String shortPaper(int served, int requested);

    @Message
    String titleLabel();

    @Message
    String instituteLabel();

    @Message
    String topicsLegend();

    @Message
    String kindsLegend();

    @Message
    String countLabel();

    @Message
    String setsLabel();

    @Message
    String durationLabel();

    @Message
    String markingLabel();

    @Message
    String seedLabel();

    @Message
    String previewTeacher();

    @Message
    String previewStudent();
}
