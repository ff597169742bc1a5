package in.prelims.generation;

import static org.assertj.core.api.Assertions.assertThat;

import in.prelims.fact.Fact;
import java.util.HashSet;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A moderator's defect: the 2017 CERT-In MoU's partner was asked with "India" among the options,
 * though CERT-In is India's own team. A country the fact's wording names (directly or through an
 * entity of its) is never a wrong option for the fact's country slot.
 */
class NamedCountryDistractorTest {

    @Test
    void theCertInMouPartnerIsNeverOfferedIndia() {
        Engine engine = Engines.shipped();
        Fact fact = engine.index().fact("in-bd-cert-mou-partner-country");
        assertThat(fact).isNotNull();
        Pool pool = new Pool(engine.index(), Set.of(), Set.of());
        Set<String> offered = new HashSet<>();
        for (Kind kind : Kind.values()) {
            for (String style : Engines.shippedStyles()) {
                Engine styled = Engines.shipped(style);
                for (Phrasing phrasing : styled.phrasings(kind)) {
                    for (int seed = 0; seed < 60; seed++) {
                        Optional<Draft> draft = styled.generator(kind)
                                .draft(fact, pool, phrasing, seed % kind.options(), new Random(seed));
                        draft.ifPresent(d -> d.claims().stream()
                                .filter(c -> c.fact() == fact && c.swapped() != null)
                                .forEach(c -> offered.add(c.swapped().value())));
                        if (kind == Kind.MCQ) draft.ifPresent(d -> offered.addAll(d.options()));
                    }
                }
            }
        }
        assertThat(offered).contains("Bangladesh").doesNotContain("India").hasSizeGreaterThan(4);
    }
}
