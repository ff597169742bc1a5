package in.prelims.generation;

import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import java.nio.file.Path;
import java.util.Set;

/** Engines over the real fact base and templates, or over fixtures, built without the server. */
final class Engines {

    private static Engine shipped;

    private Engines() {}

    static synchronized Engine shipped() {
        if (shipped == null) shipped = new Engine(FactBaseLoader.load(Path.of("questions")), TemplateReader.load(Path.of("templates")), "upsc");
        return shipped;
    }

    static Engine fixture(String factFolder) {
        FactBase base = FactBaseLoader.load(Path.of("src/test/resources/generation", factFolder));
        return new Engine(base, TemplateReader.load(Path.of("templates")), "upsc");
    }

    static QuestionRequest request(int count, long seed, Kind... kinds) {
        return new QuestionRequest(count, seed, Set.of(kinds), Set.of(), Set.of());
    }
}
