package in.prelims.generation;

import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** Engines over the real fact base and templates, or over fixtures, built without the server. */
final class Engines {

    private static final Map<String, Engine> SHIPPED = new HashMap<>();

    private Engines() {}

    /** The engine the app runs by default: the real fact base in the upsc style. */
    static Engine shipped() {
        return shipped("upsc");
    }

    static synchronized Engine shipped(String style) {
        return SHIPPED.computeIfAbsent(
                style,
                s -> new Engine(
                        FactBaseLoader.load(Path.of("questions")), TemplateReader.load(Path.of("templates")), s));
    }

    static Set<String> shippedStyles() {
        return TemplateReader.load(Path.of("templates")).styles();
    }

    static Engine fixture(String factFolder) {
        FactBase base = FactBaseLoader.load(Path.of("src/test/resources/generation", factFolder));
        return new Engine(base, TemplateReader.load(Path.of("templates")), "upsc");
    }

    static QuestionRequest request(int count, long seed, Kind... kinds) {
        return new QuestionRequest(count, seed, Set.of(kinds), Set.of(), Set.of());
    }
}
