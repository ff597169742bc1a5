package in.prelims.marking;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words for marking schemes on every page; the texts are in messages/marking.properties. */
@MessageBundle("marking")
public interface MarkingMessages {

    /** "UPSC GS Paper I"; the slug itself for a scheme without a name. */
    @Message
    String name(String slug);

    /** "+2 for a right answer, −2/3 for a wrong one" */
    @Message
    String terms(Marking marking);

    /** "one third" for 1/3; the fraction itself for a share without words. */
    @Message
    String share(String fraction);
}
