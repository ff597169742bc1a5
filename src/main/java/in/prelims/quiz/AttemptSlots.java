package in.prelims.quiz;

import io.quarkus.qute.TemplateData;
import java.time.Instant;
import java.util.Map;

/** The slots of the cached attempt page ({@link SplicedPage}), filled per request by {@link QuizResource}. */
@TemplateData
public final class AttemptSlots {

    static final String NOW = "now";
    static final String VIEW = "view";
    static final String ONE_CURRENT = "oneCurrent";
    static final String ALL_CURRENT = "allCurrent";
    static final String TIMER = "timer";
    static final String TOKEN = "token";

    private static final String CURRENT = "aria-current=\"true\"";

    static final AttemptSlots INSTANCE = new AttemptSlots();

    /** The server's time in epoch milliseconds, so the page counts down by the server's clock. */
    public final String serverNow = SplicedPage.slot(NOW);

    /** "one" question at a time or "all" on one page. */
    public final String view = SplicedPage.slot(VIEW);

    /** {@code aria-current} on the link of the view shown, nothing on the other. */
    public final String oneCurrent = SplicedPage.slot(ONE_CURRENT);

    public final String allCurrent = SplicedPage.slot(ALL_CURRENT);

    /** The countdown as first shown, before the page's script takes over. */
    public final String timer = SplicedPage.slot(TIMER);

    /** The form token of the no-script submit form. */
    public final String token = SplicedPage.slot(TOKEN);

    private AttemptSlots() {}

    /** This request's values of the slots: {@code view} "all" shows every question, else one at a time. */
    static Map<String, String> values(Instant deadline, Instant now, String view, String formToken) {
        boolean all = "all".equals(view);
        return Map.of(
                NOW,
                Long.toString(now.toEpochMilli()),
                VIEW,
                all ? "all" : "one",
                ONE_CURRENT,
                all ? "" : CURRENT,
                ALL_CURRENT,
                all ? CURRENT : "",
                TIMER,
                Times.clockText(deadline, now),
                TOKEN,
                formToken);
    }
}
