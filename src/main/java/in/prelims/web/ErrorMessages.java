package in.prelims.web;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the error page; the texts are in messages/error.properties. */
@MessageBundle("error")
public interface ErrorMessages {

    @Message
    String invalidTitle();

    @Message
    String notFoundTitle();

    @Message
    String conflictTitle();

    @Message
    String tooManyTitle();

    @Message
    String busyTitle();

    @Message
    String goBack();

    @Message
    String startPage();
}
