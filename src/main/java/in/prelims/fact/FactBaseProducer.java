package in.prelims.fact;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/**
 * Loads the fact base at start-up (a broken base stops the app with every error listed) and hands each
 * request the base live at its start, so a curator's save takes effect without a restart.
 */
@ApplicationScoped
class FactBaseProducer {

    private static final Logger LOG = Logger.getLogger(FactBaseProducer.class);

    @Produces
    @Singleton
    @Startup
    LiveFacts liveFacts(FactConfig config) {
        return new LiveFacts(factBase(config));
    }

    @Produces
    @RequestScoped
    FactBase requestBase(LiveFacts live) {
        return live.current();
    }

    FactBase factBase(FactConfig config) {
        Path documents = config.documentsDir().map(Path::of).orElse(null);
        FactBase base = FactChecks.loadAndCheck(Path.of(config.dir()), documents, config.checkDocuments());
        LOG.infof(
                "Fact base: %d facts from %d sources, %d entities from %s; %s",
                base.facts().size(),
                base.sources().size(),
                base.gazetteer().size(),
                Path.of(config.dir()).toAbsolutePath().normalize(),
                config.checkDocuments()
                        ? "every slot value found in its document in "
                                + Path.of(String.valueOf(documents))
                                        .toAbsolutePath()
                                        .normalize()
                        : "documents NOT checked (facts.check-documents=false)");
        return base;
    }

    /** Looked up by the templates' {@code topicName} extension, so kept although nothing injects it. */
    @Produces
    @Singleton
    @io.quarkus.arc.Unremovable
    TopicNames topicNames(FactConfig config) {
        return TopicNames.read(Path.of(config.dir()));
    }
}
