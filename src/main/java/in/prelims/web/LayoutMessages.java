package in.prelims.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the page frame (skip link, navigation); the texts are in messages/layout.properties. */
@MessageBundle("layout")
public interface LayoutMessages {

    @Message
    String skipToContent();

    @Message
    String navLabel();

    /** The period choice on the question forms (tags/periodChoice.html). */
    @Message
    String periodLabel();

    @Message
    String periodAny();

    @Message
    String periodHint();

    @Message
    String periodOption(String label, int facts);

    /** How current the fact base is: "Newest document: 8 October 2020 (784 days ago)". */
    @Message
    String newestDocument(String date, long days);
}
