package in.prelims.export;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the exports page; the texts are in messages/exports.properties. */
@MessageBundle("exports")
public interface ExportsMessages {

    @Message
    String title();

    @Message
    String lead();

    @Message
    String topicsLegend();

    @Message
    String kindsLegend();

    @Message
    String countLabel();

    @Message
    String markingLabel();

    @Message
    String markingHint();

    @Message
    String giftName();

    @Message
    String giftFor();

    @Message
    String moodleName();

    @Message
    String moodleFor();

    @Message
    String ankiName();

    @Message
    String ankiFor();

    @Message
    String csvName();

    @Message
    String csvFor();

    @Message
    String downloadChosen(String format);

    @Message
    String downloadDefault();

    @Message
    String alsoPrint();

    @Message
    String worksheetsLink();

    @Message
    String flashcardsLink();
}
