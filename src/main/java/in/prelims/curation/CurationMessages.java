package in.prelims.curation;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The words of the curation studio; the texts are in messages/curation.properties. */
@MessageBundle("curation")
public interface CurationMessages {

    /** Why a kind yields nothing: {@code have} of what it needs, {@code missing} more to add (0: not a count). */
    @Message
    String kindNeeds(String slug, int have, int missing);

    @Message
    String fewEntities(String type, int count, int missing, String suggestions);

    @Message
    String copied(String fact, String run);

    @Message
    String copiedLive(String run);

    @Message
    String noSource();

    @Message
    String badSourceId();
}
