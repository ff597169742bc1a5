package in.prelims.fact;

import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import org.jboss.logging.Logger;

/** Loads the fact base once at start-up; a broken base stops the app with every error listed. */
@ApplicationScoped
class FactBaseProducer {

    private static final Logger LOG = Logger.getLogger(FactBaseProducer.class);

    @Produces
    @Singleton
    @Startup
    FactBase factBase(FactConfig config) {
        FactBase base = FactChecks.loadAndCheck(
                Path.of(config.dir()), config.documentsDir().map(Path::of).orElse(null));
        LOG.infof(
                "Fact base: %d facts from %d sources, %d entities",
                base.facts().size(), base.sources().size(), base.gazetteer().size());
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
