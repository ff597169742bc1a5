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
}
