package in.prelims.compilation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the monthly compilation and its links; the texts are in messages/compilation.properties. */
@MessageBundle("compilation")
public interface CompilationMessages {

    @Message
    String title(String month);

    @Message
    String summary(int facts, int sources, int topics);

    @Message
    String sourcesDiffer(String note);

    @Message
    String sourceLine(String citation);

    @Message
    String sourcesHeading();

    /** On the facts page: the heading and one link per month. */
    @Message
    String linksHeading();

    @Message
    String linksHint();

    @Message
    String link(String month, int facts);
}
