package in.prelims.fact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import in.prelims.error.InvalidInputException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A period as forms and URLs write it: last N days, a month, a year, or any time; anything else refused. */
class PeriodTest {

    static final LocalDate TODAY = LocalDate.of(2020, 10, 9);

    @Test
    void lastDaysCountTodayAndEndToday() {
        Period week = Period.parse("period", "last-7-days", TODAY);
        assertThat(week.from()).isEqualTo(LocalDate.of(2020, 10, 3));
        assertThat(week.to()).isEqualTo(TODAY);
        assertThat(week.contains(LocalDate.of(2020, 10, 7))).isTrue();
        assertThat(week.contains(LocalDate.of(2020, 10, 2))).isFalse();
        assertThat(Period.parse("period", "Last 7 days", TODAY)).isEqualTo(week);
        assertThat(week.describe()).isEqualTo("the last 7 days (3 October 2020 to 9 October 2020)");
    }

    @Test
    void aMonthAndAYearCoverTheirWholeLength() {
        Period october = Period.parse("period", "2020-10", TODAY);
        assertThat(october.from()).isEqualTo(LocalDate.of(2020, 10, 1));
        assertThat(october.to()).isEqualTo(LocalDate.of(2020, 10, 31));
        assertThat(october.describe()).isEqualTo("October 2020");
        assertThat(Period.parse("period", "2017-7", TODAY).slug()).isEqualTo("2017-07");
        Period year = Period.parse("period", "2017", TODAY);
        assertThat(year.contains(LocalDate.of(2017, 7, 12))).isTrue();
        assertThat(year.contains(LocalDate.of(2020, 10, 7))).isFalse();
    }

    @Test
    void blankOrAnyIsAnyTime() {
        assertThat(Period.parse("period", null, TODAY).isAll()).isTrue();
        assertThat(Period.parse("period", " ", TODAY).isAll()).isTrue();
        assertThat(Period.parse("period", "any", TODAY).isAll()).isTrue();
    }

    @Test
    void anythingElseIsRefusedNamingTheFieldAndTheForms() {
        for (String bad :
                new String[] {"2020-13", "last-0-days", "last-99999-days", "yesterday", "<script>", "2020-10-07"}) {
            assertThatThrownBy(() -> Period.parse("period", bad, TODAY))
                    .isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("a month such as 2020-10")
                    .satisfies(
                            e -> assertThat(((InvalidInputException) e).field()).contains("period"));
        }
    }
}
