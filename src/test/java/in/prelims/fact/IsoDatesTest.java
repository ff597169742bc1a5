package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** IsoDates gives what LocalDate.parse and YearMonth.parse give, and rejects what they reject. */
class IsoDatesTest {

    @Test
    void readsAndRejectsAsTheLibraryDoes() {
        Random random = new Random(9);
        String alphabet = "0123456789-+ a";
        for (int i = 0; i < 300_000; i++) {
            StringBuilder text = new StringBuilder(random.nextBoolean() ? "20" : "");
            for (int n = random.nextInt(11); n > 0; n--) {
                text.append(
                        random.nextInt(4) == 0
                                ? alphabet.charAt(random.nextInt(alphabet.length()))
                                : (char) ('0' + random.nextInt(10)));
            }
            if (random.nextBoolean() && text.length() > 4) text.setCharAt(4, '-');
            if (random.nextBoolean() && text.length() > 7) text.setCharAt(7, '-');
            String v = text.toString();
            assertThat(outcome(IsoDates::date, v)).as(v).isEqualTo(outcome(LocalDate::parse, v));
            assertThat(outcome(IsoDates::month, v)).as(v).isEqualTo(outcome(YearMonth::parse, v));
        }
    }

    private static String outcome(Function<String, Object> parse, String v) {
        try {
            return String.valueOf(parse.apply(v));
        } catch (DateTimeException e) {
            return "rejected";
        }
    }
}
