package in.prelims.generation;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the question templates live and which style the engine speaks. */
@ConfigMapping(prefix = "question-templates")
public interface GenerationConfig {

    /** The templates folder: YAML files, each one style's wording for some kinds. */
    @WithDefault("templates")
    String dir();

    /** The style used to word questions (a file's {@code style:}); it needs a template for every kind. */
    @WithDefault("upsc")
    String style();
}
