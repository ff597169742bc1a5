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

    /** What one visitor may start: bounds the disk and the work one person (or script) can cause. */
    Limits limits();

    /** How long the quizzes of guests who never signed up are kept. */
    Retention retention();

    /** Limits on starting quizzes; each refusal is a 429 with Retry-After and a message. */
    interface Limits {

        /** Unsubmitted attempts (deadline not yet passed) one owner may have at once. */
        @WithDefault("5")
        int runningPerOwner();

        /** Quizzes (new or retakes) one owner may start in a minute. */
        @WithDefault("20")
        int startsPerOwnerPerMinute();

        /**
         * Quizzes one client address may start in a minute, whoever the owners. Higher than the owner's
         * limit because a classroom or a campus often reaches us from one address.
         */
        @WithDefault("60")
        int startsPerAddressPerMinute();

        /** Questions (count times attempts) one owner may start in an hour; a 200-question quiz counts 200. */
        @WithDefault("1000")
        int questionsPerOwnerPerHour();

        /** Questions one client address may start in an hour, whoever the owners. */
        @WithDefault("4000")
        int questionsPerAddressPerHour();

        /** Client addresses (and, separately, owners) whose recent starts are remembered in memory. */
        @WithDefault("10000")
        int tracked();
    }

    /** Guest data retention. */
    interface Retention {

        /** A guest's quizzes are removed this long after the guest's last start or submit. */
        @WithDefault("30d")
        Duration guests();

        /** How often the retention job runs. */
        @WithDefault("1h")
        Duration every();
    }
}
