package in.prelims.curation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the curation studio; the texts are in messages/curation.properties. */
@MessageBundle("curation")
public interface CurationMessages {

    @Message
    String kindNeeds(String slug);

    @Message
    String fewEntities(String type, int count, int missing);

    @Message
    String copied(String fact, String run);

    @Message
    String noSource();
}
