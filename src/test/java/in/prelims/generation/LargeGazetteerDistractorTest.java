package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Entity;
import in.prelims.fact.Fact;
import in.prelims.fact.FactBase;
import in.prelims.fact.FactBaseLoader;
import in.prelims.fact.Gazetteer;
import in.prelims.fact.Slot;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A gazetteer larger than the window of entities looked at per question (400 agencies of 60 countries): a wrong
 * agency must come from the key's country, and used to be looked for among 40 agencies of any country, so most
 * agency questions found none. Only the key's country's agencies are looked at now.
 */
class LargeGazetteerDistractorTest {

    @TempDir
    Path dir;

    @Test
    void everyAgencyQuestionFindsThreeAgenciesOfTheKeysCountry() throws Exception {
        SyntheticFactBase.write(dir, 1000);
        FactBase base = FactBaseLoader.load(dir);
        Gazetteer gazetteer = base.gazetteer();
        assertThat(gazetteer.ofType("agency")).hasSizeGreaterThan(100);
        Engine engine = new Engine(base, TemplateReader.load(Path.of("templates")), "upsc");
        Material material = new Material(engine.index());
        Pool pool = new Pool(engine.index(), Set.of(), Set.of());
        List<Fact> pacts = base.facts().stream()
                .filter(f -> f.slots().containsKey("agency"))
                .limit(40)
                .toList();
        assertThat(pacts).hasSize(40);
        for (Fact pact : pacts) {
            Slot key = pact.slots().get("agency");
            String country = gazetteer.find(key.value()).map(Entity::country).orElseThrow();
            List<Slot> wrong =
                    material.wrongValues(pact, key, 3, new Random(pact.id().hashCode()), pool);
            assertThat(wrong).as(pact.id()).hasSize(3);
            for (Slot w : wrong)
                assertThat(gazetteer.find(w.value()).map(Entity::country))
                        .as(w.value())
                        .contains(country);
        }
    }
}
