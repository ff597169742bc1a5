package in.prelims.generation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.fact.Fact;
import in.prelims.fact.Slot;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A deliberately ambiguous fixture (src/test/resources/generation/ambiguous): two facts share the
 * sentence "{country} is a member of the Quad.", so Australia is true for Japan's fact and the
 * other way round; the host fact's value has an alias (USA) and an also-true value (India).
 */
class AmbiguousFixtureTest {

    private final Engine engine = Engines.fixture("ambiguous");
    private final Fact japan = engine.index().base().fact("quad-member-japan").orElseThrow();
    private final Fact host =
            engine.index().base().fact("quad-first-meeting-host").orElseThrow();

    @Test
    void generatorsNeverOfferAValueThatAnotherFactMakesTrue() {
        Oracle oracle = new Oracle(engine.index().base());
        int wrongOnes = 0;
        for (long seed = 0; seed < 120; seed++) {
            for (Question q : engine.generate(
                    Engines.request(12, seed, Kind.MCQ, Kind.CLOZE, Kind.TRUE_FALSE, Kind.STATEMENTS, Kind.HOW_MANY))) {
                for (String wrong : wrongOnes(q)) {
                    wrongOnes++;
                    assertFalse(
                            oracle.isTrue(wrong), "offered as wrong but true by the fact base: " + wrong + " in " + q);
                    boolean aboutHost = q.factIds().equals(List.of("quad-first-meeting-host"));
                    assertFalse(
                            aboutHost
                                    && (wrong.contains("USA")
                                            || wrong.contains("United States")
                                            || wrong.contains("India")),
                            "the key in another form or an also-true value offered as wrong: " + q);
                }
            }
        }
        assertTrue(wrongOnes > 500, "the fixture yields wrong options to check: " + wrongOnes);
    }

    /** Wrong options of value kinds (as the statement they make), or the statements the explanation calls incorrect. */
    private List<String> wrongOnes(Question q) {
        List<String> out = new ArrayList<>();
        if (q.kind() == Kind.MCQ || q.kind() == Kind.CLOZE) {
            Fact f = engine.index().base().fact(q.factIds().get(0)).orElseThrow();
            Slot key = f.slots().get("country");
            for (int i = 0; i < q.options().size(); i++) {
                if (i == q.answer()) continue;
                out.add(q.options().get(i));
                out.add(f.render(
                        java.util.Map.of("country", key.withValue(q.options().get(i)))));
            }
        } else if (q.kind() == Kind.TRUE_FALSE && q.answer() == 1) {
            out.add(q.stem().substring(q.stem().indexOf("? ") + 2));
        } else if (q.kind() == Kind.STATEMENTS || q.kind() == Kind.HOW_MANY) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("Statement (\\d) is incorrect")
                    .matcher(q.explanation());
            while (m.find()) out.add(q.statements().get(Integer.parseInt(m.group(1)) - 1));
        }
        return out;
    }

    @Test
    void wrongValuesSkipOtherFactsValuesAliasesOfTheKeyAndAlsoTrueValues() {
        Material material = new Material(engine.index());
        for (int seed = 0; seed < 40; seed++) {
            List<String> forJapan =
                    material.wrongValues(japan, japan.slots().get("country"), 10, new Random(seed)).stream()
                            .map(Slot::value)
                            .toList();
            assertFalse(forJapan.contains("Australia") || forJapan.contains("Japan"), forJapan.toString());
            assertEquals(6, forJapan.size(), "every other country of the gazetteer: " + forJapan);
            List<String> forHost =
                    material.wrongValues(host, host.slots().get("country"), 10, new Random(seed)).stream()
                            .map(Slot::value)
                            .toList();
            assertFalse(
                    forHost.contains("United States") || forHost.contains("USA") || forHost.contains("India"),
                    forHost.toString());
        }
    }

    @Test
    void theGateRejectsAnMcqWhoseDistractorIsTrueByAnotherFact() {
        Draft ambiguous = mcq(japan, "Australia", "Nepal", "Bhutan");
        assertEquals(
                Optional.of("2 options are correct by the fact base: [0, 1]"),
                engine.gate().problem(ambiguous));
        assertEquals(Optional.empty(), engine.gate().problem(mcq(japan, "Brazil", "Nepal", "Bhutan")));
        assertTrue(engine.gate().admit(ambiguous).isEmpty(), "dropped, never served");
    }

    @Test
    void theGateRejectsTheKeyInAnotherFormAndAlsoTrueValues() {
        assertTrue(engine.gate()
                .problem(mcq(host, "USA", "Nepal", "Bhutan"))
                .orElse("")
                .contains("2 options are correct"));
        assertTrue(engine.gate()
                .problem(mcq(host, "India", "Nepal", "Bhutan"))
                .orElse("")
                .contains("2 options are correct"));
    }

    @Test
    void theGateRecomputesATrueFalseKeyFromTheFactBase() {
        Claim australia = Claim.swapped(japan, japan.slots().get("country").withValue("Australia"));
        Draft saysFalse = new Draft(
                Kind.TRUE_FALSE,
                "test",
                "True or false? " + australia.render(),
                List.of(),
                List.of("True", "False"),
                List.of(new OptionMeaning.Verdict(true), new OptionMeaning.Verdict(false)),
                1,
                "explained",
                List.of(japan),
                List.of(australia),
                null);
        assertEquals(Optional.of("the key is option 0, not 1"), engine.gate().problem(saysFalse));
    }

    @Test
    void statementKeysComeFromEachStatementsTruth() {
        Claim trueOne = Claim.of(japan);
        Claim alsoTrue = Claim.swapped(japan, japan.slots().get("country").withValue("Australia"));
        Claim falseOne = Claim.swapped(japan, japan.slots().get("country").withValue("Nepal"));
        List<OptionMeaning> meanings = List.of(
                new OptionMeaning.Subset(Set.of(0), true),
                new OptionMeaning.Subset(Set.of(1), true),
                new OptionMeaning.Subset(Set.of(0, 1), true),
                new OptionMeaning.Subset(Set.of(), true));
        Draft claimsOnlyFirst = new Draft(
                Kind.STATEMENTS,
                "test",
                "Which is/are correct?",
                List.of(trueOne.render(), alsoTrue.render()),
                List.of("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2"),
                meanings,
                0,
                "explained",
                List.of(japan),
                List.of(trueOne, alsoTrue),
                null);
        assertEquals(Optional.of("the key is option 2, not 0"), engine.gate().problem(claimsOnlyFirst));
        Draft right = new Draft(
                Kind.STATEMENTS,
                "test",
                "Which is/are correct?",
                List.of(trueOne.render(), falseOne.render()),
                List.of("1 only", "2 only", "Both 1 and 2", "Neither 1 nor 2"),
                meanings,
                0,
                "explained",
                List.of(japan),
                List.of(trueOne, falseOne),
                null);
        assertEquals(Optional.empty(), engine.gate().problem(right));
    }

    private static Draft mcq(Fact fact, String... wrong) {
        Slot key = fact.slots().get("country");
        List<Slot> values = new ArrayList<>(List.of(key));
        for (String w : wrong) values.add(key.withValue(w));
        ValueOptions options = new ValueOptions(values, 0);
        return new Draft(
                Kind.MCQ,
                "test",
                fact.ask().get("country"),
                List.of(),
                options.shown(),
                ValueOptions.meanings(),
                0,
                fact.render(),
                List.of(fact),
                options.claims(fact),
                key.display());
    }

    @Test
    void draftsAreReproducibleFromTheirSeed() {
        Pool pool = new Pool(engine.index(), Set.of(), Set.of());
        Phrasing mcq = engine.phrasings(Kind.MCQ).get(0);
        assertEquals(
                engine.generator(Kind.MCQ)
                        .draft(host, pool, mcq, 2, new Random(5))
                        .map(d -> d.toQuestion()),
                engine.generator(Kind.MCQ)
                        .draft(host, pool, mcq, 2, new Random(5))
                        .map(d -> d.toQuestion()));
    }
}
