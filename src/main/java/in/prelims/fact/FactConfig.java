package in.prelims.fact;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** Where the fact base and its source documents live. */
@ConfigMapping(prefix = "facts")
public interface FactConfig {

    /** The fact folder: one YAML file per source plus {@code entities.yaml}. */
    @WithDefault("questions")
    String dir();

    /** The raw source documents: every slot value must be found in the document its fact cites. */
    Optional<String> documentsDir();

    /** False only to start without the provenance check; a missing documents folder is otherwise an error. */
    @WithDefault("true")
    boolean checkDocuments();
}
