package in.prelims.quiz;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/** Timing rules of quizzes. */
@ConfigMapping(prefix = "quiz")
public interface QuizConfig {

    /** The longest grace the exam rules allow us: an answer is late after deadline plus grace. */
    Duration MAX_GRACE = Duration.ofSeconds(5);

    /**
     * How long after the deadline an answer already on its way is still accepted (network
     * latency, the final second's click). At most 5 seconds.
     */
    @WithDefault("3s")
    Duration grace();

    /** How often the server submits attempts whose deadline has passed (the rule: within 60 s). */
    @WithDefault("15s")
    Duration autoSubmitEvery();

    /** Questions in a quiz started with one click. */
    @WithDefault("10")
    int defaultCount();

    /** The time zone in which pages and messages show clock times; most aspirants are in India. */
    @WithDefault("Asia/Kolkata")
    ZoneId zone();

    /** Seconds per question for the suggested time limit; UPSC GS gives 120 minutes for 100 questions. */
    @WithDefault("72")
    int secondsPerQuestion();

    /**
     * The secret that fixes each attempt's questions (any text, at least 32 characters; the same on every
     * instance). When unset it is derived from the session key ({@code data/session.key}), which
     * instances sharing a data folder or a configured key already share.
     */
    Optional<String> paperSecret();
}
