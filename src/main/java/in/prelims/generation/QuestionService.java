package in.prelims.generation;

import in.prelims.fact.FactBase;
import in.prelims.fact.LiveFacts;
import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;

/** Generates quality-checked questions from the live fact base; deterministic for a request and seed. */
@ApplicationScoped
@Startup
public class QuestionService {

    private static final Logger LOG = Logger.getLogger(QuestionService.class);

    @Inject
    LiveFacts live;

    @Inject
    GenerationConfig config;

    private QuestionTemplates templates;

    /** The engine and the base it was built on; rebuilt when the live base has been swapped. */
    private final AtomicReference<Engine> engine = new AtomicReference<>();

    /** Reads and checks the templates at start-up: a broken template file stops the app. */
    @PostConstruct
    void start() {
        templates = TemplateReader.load(Path.of(config.dir()));
        engine.set(new Engine(live.current(), templates, config.style()));
        LOG.infof(
                "Question templates: styles %s from %s, using '%s'", templates.styles(), config.dir(), config.style());
    }

    /**
     * @throws in.prelims.error.InvalidInputException naming the parameter when a topic, source or count is not valid
     */
    public List<Question> generate(QuestionRequest request) {
        return current().generate(request);
    }

    /** Questions from a candidate base (a curator's preview), with the live templates and style. */
    public List<Question> generate(FactBase candidate, QuestionRequest request) {
        return new Engine(candidate, templates, config.style()).generate(request);
    }

    private Engine current() {
        FactBase base = live.current();
        return engine.updateAndGet(e -> e.base() == base ? e : new Engine(base, templates, config.style()));
    }
}
