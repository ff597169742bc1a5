package in.prelims.classes;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the class pages; the texts are in messages/classes.properties. */
@MessageBundle("classes")
public interface ClassMessages {

    @Message
    String assignButton();

    @Message
    String assignHeading();

    @Message
    String assignLead();

    @Message
    String blankShare(String share);

    @Message
    String checkColumn();

    @Message
    String cicLabel();

    @Message
    String classesLead();

    @Message
    String classesTitle();

    @Message
    String closed();

    @Message
    String closesLabel();

    @Message
    String codeIs();

    @Message
    String codeLabel();

    @Message
    String correctColumn();

    @Message
    String countLabel();

    @Message
    String createButton();

    @Message
    String createHeading();

    @Message
    String csvLink();

    @Message
    String defaultName();

    @Message
    String defaultTitle();

    @Message
    String discriminationColumn();

    @Message
    String distractorBeatsKey();

    @Message
    String distributionLabel();

    @Message
    String efficiencyColumn();

    @Message
    String errorRatioLabel();

    @Message
    String facilityColumn();

    @Message
    String factsColumn();

    @Message
    String flaggedHeading();

    @Message
    String itemsColumn();

    @Message
    String itemsHeading();

    @Message
    String itemsLead();

    @Message
    String joinButton();

    @Message
    String joinHeading();

    @Message
    String kindsLegend();

    @Message
    String linkIs();

    @Message
    String lowDiscrimination();

    @Message
    String markingLabel();

    @Message
    String meanLabel();

    @Message
    String messageColumn();

    @Message
    String minutes(int minutes);

    @Message
    String minutesLabel();

    @Message
    String moveButton();

    @Message
    String nameLabel();

    @Message
    String noFlagged();

    @Message
    String noPapersYet();

    @Message
    String noReports();

    @Message
    String notOpenYet();

    @Message
    String opensLabel();

    @Message
    String optionsColumn();

    @Message
    String paperColumn();

    @Message
    String paperHeading();

    @Message
    String questionColumn();

    @Message
    String queueTitle();

    @Message
    String reportsHeading();

    @Message
    String resultsLink();

    @Message
    String resume();

    @Message
    String scoreColumn();

    @Message
    String sdColumn();

    @Message
    String sdLabel();

    @Message
    String seeResult();

    @Message
    String seedLabel();

    @Message
    String setColumn();

    @Message
    String setsCount(int sets);

    @Message
    String setsLabel();

    @Message
    String shareHeading();

    @Message
    String standardErrorLabel();

    @Message
    String start();

    @Message
    String studentColumn();

    @Message
    String studentTag();

    @Message
    String studentsCount(int count);

    @Message
    String studentsHeading();

    @Message
    String studentsLabel();

    @Message
    String submittedCount(long done, int seats);

    @Message
    String teachingTag(long students);

    @Message
    String timeColumn();

    @Message
    String titleLabel();

    @Message
    String topicColumn();

    @Message
    String topicsHeading();

    @Message
    String topicsLegend();

    @Message
    String whenColumn();

    @Message
    String window(String opens, String closes);

    @Message
    String resetSummary();

    @Message
    String resetHint();

    @Message
    String resetWho();

    @Message
    String resetPassword();

    @Message
    String resetButton();
}
