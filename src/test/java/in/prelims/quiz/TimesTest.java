package in.prelims.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimesTest {

    private static final Instant NOW = Instant.parse("2026-12-01T10:00:00Z");

    @Test
    void theCountdownShowsMinutesAndSecondsAndHoursOnlyWhenThereAreAny() {
        assertThat(Times.clockText(NOW.plusSeconds(65), NOW)).isEqualTo("01:05");
        assertThat(Times.clockText(NOW.plusSeconds(59 * 60 + 59), NOW)).isEqualTo("59:59");
        assertThat(Times.clockText(NOW.plusSeconds(3725), NOW)).isEqualTo("1:02:05");
        assertThat(Times.clockText(NOW.plusSeconds(12 * 3600), NOW)).isEqualTo("12:00:00");
        assertThat(Times.clockText(NOW, NOW)).isEqualTo("00:00");
        assertThat(Times.clockText(NOW.minusSeconds(30), NOW))
                .as("past the deadline")
                .isEqualTo("00:00");
    }
}
