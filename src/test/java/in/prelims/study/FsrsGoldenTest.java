package in.prelims.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Our FSRS-6 port against the npm ts-fsrs package: for each case (default and other parameters) a
 * sequence of reviews from 2022-12-29 12:30 UTC, every step previewing all four grades. Intervals,
 * due times, states and counters must be equal; stability and difficulty equal to 4 decimals.
 */
class FsrsGoldenTest {

    private static JsonNode golden;

    @BeforeAll
    static void runTsFsrs() throws Exception {
        golden = TsFsrs.golden();
    }

    @Test
    void goldenValuesComeFromFsrs6() {
        assertTrue(
                golden.get("version").asText().contains("FSRS-6"),
                golden.get("version").asText());
        assertEquals(10, golden.get("cases").size());
    }

    @Test
    void forgettingCurveMatches() {
        Fsrs fsrs = new Fsrs(FsrsParameters.defaults());
        for (JsonNode point : golden.get("curve")) {
            double r = fsrs.retrievability(
                    point.get("t").asDouble(), point.get("s").asDouble());
            assertEquals(point.get("r").asDouble(), r, 1e-8, point.toString());
        }
        assertEquals(0.9, fsrs.retrievability(10, 10), 1e-8);
    }

    @Test
    void parametersAreClippedAsTsFsrsClipsThem() {
        for (JsonNode c : golden.get("cases")) {
            double[] expected = doubles(c.get("params").get("w"));
            double[] actual = parameters(c.get("params")).w();
            for (int i = 0; i < 21; i++) {
                assertEquals(expected[i], actual[i], 1e-12, c.get("name").asText() + " w" + i);
            }
        }
    }

    @TestFactory
    List<DynamicTest> everyPreviewOfEveryStepMatches() {
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode c : golden.get("cases")) {
            tests.add(DynamicTest.dynamicTest(c.get("name").asText(), () -> replay(c)));
        }
        return tests;
    }

    private static void replay(JsonNode c) {
        Scheduler scheduler = new Scheduler(new Fsrs(parameters(c.get("params"))));
        String cardId = c.get("cardId").isNull() ? "" : c.get("cardId").asText();
        Instant now = Instant.ofEpochMilli(c.get("start").asLong());
        SrsCard card = SrsCard.fresh(now);
        for (int i = 0; i < c.get("ratings").size(); i++) {
            Map<Rating, SrsCard> preview = scheduler.preview(card, now, cardId);
            for (Rating g : Rating.values()) {
                String where = c.get("name").asText() + ", step " + i + ", grade " + g;
                expect(c.get("steps").get(i).get(g.ordinal()), preview.get(g), where);
            }
            card = preview.get(Rating.of(c.get("ratings").get(i).asInt()));
            long delayHours =
                    c.get("delays").size() > i ? c.get("delays").get(i).asLong() : 0;
            now = card.due().plusSeconds(delayHours * 3600);
        }
    }

    private static void expect(JsonNode want, SrsCard got, String where) {
        assertEquals(want.get("scheduled_days").asInt(), got.scheduledDays(), where + ": scheduled days");
        assertEquals(want.get("due").asLong(), got.due().toEpochMilli(), where + ": due");
        assertEquals(want.get("stability").asDouble(), got.stability(), 5e-5, where + ": stability");
        assertEquals(want.get("difficulty").asDouble(), got.difficulty(), 5e-5, where + ": difficulty");
        assertEquals(want.get("state").asInt(), got.state().ordinal(), where + ": state");
        assertEquals(want.get("elapsed_days").asInt(), got.elapsedDays(), where + ": elapsed days");
        assertEquals(want.get("reps").asInt(), got.reps(), where + ": reps");
        assertEquals(want.get("lapses").asInt(), got.lapses(), where + ": lapses");
        assertEquals(want.get("learning_steps").asInt(), got.step(), where + ": step");
    }

    private static FsrsParameters parameters(JsonNode p) {
        double[] w = p.get("w_given").isNull() ? FsrsParameters.DEFAULT_W : doubles(p.get("w_given"));
        return new FsrsParameters(
                w,
                p.get("request_retention").asDouble(),
                p.get("maximum_interval").asInt(),
                p.get("enable_fuzz").asBoolean(),
                p.get("enable_short_term").asBoolean(),
                minutes(p.get("learning_steps")),
                minutes(p.get("relearning_steps")));
    }

    private static List<Integer> minutes(JsonNode steps) {
        List<Integer> out = new ArrayList<>();
        for (JsonNode s : steps) {
            String text = s.asText();
            int value = Integer.parseInt(text.substring(0, text.length() - 1));
            out.add(
                    switch (text.charAt(text.length() - 1)) {
                        case 'm' -> value;
                        case 'h' -> value * 60;
                        case 'd' -> value * 1440;
                        default -> throw new IllegalArgumentException(text);
                    });
        }
        return out;
    }

    private static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }
}
