package in.prelims.study;

import java.time.Duration;
import java.time.Instant;

/** The time to the next review as the buttons show it: "1m", "10m", "5h", "3d", "2.5mo", "1.2y". */
final class IntervalLabel {

    private IntervalLabel() {}

    static String of(Instant now, Instant due) {
        long minutes = Math.max(1, Math.round(Duration.between(now, due).getSeconds() / 60.0));
        if (minutes < 60) return minutes + "m";
        if (minutes < 24 * 60) return Math.round(minutes / 60.0) + "h";
        double days = minutes / 1440.0;
        if (days < 30) return Math.round(days) + "d";
        if (days < 365) return oneDecimal(days / 30.4) + "mo";
        return oneDecimal(days / 365.25) + "y";
    }

    private static String oneDecimal(double value) {
        long tenths = Math.round(value * 10);
        return tenths % 10 == 0 ? (tenths / 10) + "" : (tenths / 10) + "." + (tenths % 10);
    }
}
