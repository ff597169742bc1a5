package in.prelims.generation;

import in.prelims.fact.FactBase;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import org.jboss.logging.Logger;

/** Generates quality-checked questions from the fact base; deterministic for a request and seed. */
@ApplicationScoped
@Startup
public class QuestionService {

    private static final Logger LOG = Logger.getLogger(QuestionService.class);

    @Inject
    FactBase base;

    @Inject
    GenerationConfig config;

    private Engine engine;

    /** Reads and checks the templates at start-up: a broken template file stops the app. */
    @PostConstruct
    void start() {
        QuestionTemplates templates = TemplateReader.load(Path.of(config.dir()));
        engine = new Engine(base, templates, config.style());
        LOG.infof(
                "Question templates: styles %s from %s, using '%s'", templates.styles(), config.dir(), config.style());
    }

    /**
     * @throws in.prelims.error.InvalidInputException naming the parameter when a topic, source or count is not valid
     */
    public List<Question> generate(QuestionRequest request) {
        return engine.generate(request);
    }
}
