package in.prelims.quiz;

import com.fasterxml.jackson.databind.JsonNode;
import in.prelims.error.InvalidInputException;
import in.prelims.fact.Period;
import in.prelims.generation.Kind;
import in.prelims.generation.QuestionRequest;
import in.prelims.marking.Fraction;
import in.prelims.marking.Marking;
import in.prelims.web.JsonBody;
import in.prelims.web.QueryParams;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A checked request for a quiz, from the API or the start form.
 *
 * @param kinds empty means every kind a quiz can ask
 * @param timeLimitSeconds before any extra time the account is entitled to
 * @param detail a detail drill: context facts (who announced, dates of briefings, venues) are asked too
 * @param period only facts whose document is dated within it
 */
record QuizSettings(
        int count,
        Set<Kind> kinds,
        Set<String> topics,
        Set<String> sources,
        int timeLimitSeconds,
        Marking marking,
        boolean detail,
        Period period) {

    static final int MAX_TIME_LIMIT_SECONDS = 6 * 60 * 60;
    static final List<String> FIELDS =
            List.of("count", "kinds", "style", "topics", "sources", "period", "timeLimitSeconds", "marking", "detail");
    static final String EXAMPLE = "{\"count\": 10, \"timeLimitSeconds\": 720, \"marking\": \"upsc-gs\"}";
    /** Kinds a timed quiz can ask: everything but flashcards. */
    static final List<Kind> QUIZ_KINDS = Kind.withOptions();

    QuizSettings(
            int count,
            Set<Kind> kinds,
            Set<String> topics,
            Set<String> sources,
            int timeLimitSeconds,
            Marking marking) {
        this(count, kinds, topics, sources, timeLimitSeconds, marking, false, Period.ALL);
    }

    QuizSettings withDetail(boolean drill) {
        return new QuizSettings(count, kinds, topics, sources, timeLimitSeconds, marking, drill, period);
    }

    QuizSettings withPeriod(Period when) {
        return new QuizSettings(count, kinds, topics, sources, timeLimitSeconds, marking, detail, when);
    }

    QuizSettings {
        kinds = Set.copyOf(kinds);
        topics = Set.copyOf(topics);
        sources = Set.copyOf(sources);
        period = period == null ? Period.ALL : period;
    }

    static QuizSettings fromJson(String body) {
        JsonBody json = JsonBody.parse(body, EXAMPLE);
        if (json.has("seed")) {
            throw new InvalidInputException(
                    "seed",
                    "A quiz takes no seed: each quiz gets questions of its own that no one can look up "
                            + "beforehand, so it cannot be chosen by a seed");
        }
        json.onlyFields(FIELDS);
        long count = json.whole("count")
                .orElseThrow(() -> new InvalidInputException(
                        "count is required: how many questions, 1 to " + QuestionRequest.MAX_COUNT));
        long limit = json.whole("timeLimitSeconds")
                .orElseThrow(() -> new InvalidInputException(
                        "timeLimitSeconds is required: the time allowed in seconds, 1 to " + MAX_TIME_LIMIT_SECONDS));
        return new QuizSettings(
                count(count),
                styled(kinds(json.strings("kinds")), String.join(",", json.strings("style"))),
                slugs(json.strings("topics")),
                slugs(json.strings("sources")),
                timeLimit(limit),
                marking(json.node("marking")),
                json.bool("detail").orElse(false),
                Period.parse("period", String.join(",", json.strings("period")), Period.today()));
    }

    /** The settings an attempt was started with, to sit its paper again (sources are in its paper). */
    static QuizSettings of(QuizAttempt attempt) {
        return new QuizSettings(
                attempt.questions.size(),
                attempt.kinds.isEmpty() ? Set.of() : kinds(List.of(attempt.kinds.split(","))),
                attempt.topics.isEmpty() ? Set.of() : Set.of(attempt.topics.split(",")),
                Set.of(),
                attempt.timeLimitSeconds,
                attempt.marking(),
                false,
                attempt.period == null || attempt.period.isEmpty()
                        ? Period.ALL
                        : Period.parse("period", attempt.period, Period.today()));
    }

    /** @param seed the attempt's secret engine seed, never a public one */
    QuestionRequest request(long seed) {
        return new QuestionRequest(count, seed, kinds, topics, sources, detail, period);
    }

    static int count(long count) {
        if (count < 1 || count > QuestionRequest.MAX_COUNT) {
            throw new InvalidInputException(
                    "count must be 1 to " + QuestionRequest.MAX_COUNT + " questions (it was " + count + ")");
        }
        return (int) count;
    }

    static int timeLimit(long seconds) {
        if (seconds < 1 || seconds > MAX_TIME_LIMIT_SECONDS) {
            throw new InvalidInputException("The time limit must be more than 0 and at most 6 hours ("
                    + MAX_TIME_LIMIT_SECONDS + " seconds); it was " + seconds + " seconds");
        }
        return (int) seconds;
    }

    /** The practice style with no kinds named asks every kind with options; else the kinds as chosen. */
    private static Set<Kind> styled(Set<Kind> kinds, String style) {
        return kinds.isEmpty() && QueryParams.practiceStyle(style) ? Set.copyOf(Kind.withOptions()) : kinds;
    }

    static Set<Kind> kinds(Collection<String> slugs) {
        Set<Kind> kinds = new LinkedHashSet<>();
        for (String slug : slugs) {
            Kind kind = Kind.ofSlug(slug)
                    .orElseThrow(() -> new InvalidInputException(
                            "Unknown question kind \"" + slug + "\"; the kinds are " + quizKindList()));
            if (!kind.hasOptionsToChoose()) {
                throw new InvalidInputException(
                        "Flashcards are not asked in timed quizzes; the kinds are " + quizKindList());
            }
            kinds.add(kind);
        }
        return kinds;
    }

    static Marking marking(JsonNode node) {
        if (node == null || node.isNull()) {
            return Marking.UPSC_GS;
        }
        if (node.isTextual()) {
            return Marking.preset(node.textValue())
                    .orElseThrow(() -> new InvalidInputException(
                            "marking",
                            "Unknown marking \"" + node.textValue() + "\"; use one of " + Marking.presetSlugs()
                                    + " or {\"correct\": 3, \"wrong\": 1}"));
        }
        if (!node.isObject() || !node.has("correct") || !node.has("wrong") || node.size() != 2) {
            throw new InvalidInputException(
                    "marking",
                    "marking must be one of " + Marking.presetSlugs() + " or an object with "
                            + "exactly \"correct\" and \"wrong\", e.g. {\"correct\": 3, \"wrong\": 1}");
        }
        return Marking.custom(marks(node.get("correct"), "marking.correct"), marks(node.get("wrong"), "marking.wrong"));
    }

    /** A number of marks: a JSON number (taken exactly) or a string such as "1/3". */
    static Fraction marks(JsonNode node, String field) {
        try {
            if (node.isNumber()) {
                return Fraction.of(node.decimalValue());
            }
            if (node.isTextual()) {
                return Fraction.parse(node.textValue());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new InvalidInputException(
                    field + " must be a number such as 0.25 or a fraction such as \"1/3\" (it was " + node + ")");
        }
        throw new InvalidInputException(
                field + " must be a number such as 0.25 or a fraction such as \"1/3\" (it was " + node + ")");
    }

    private static Set<String> slugs(Collection<String> values) {
        return values.stream()
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String quizKindList() {
        return QUIZ_KINDS.stream().map(Kind::slug).collect(Collectors.joining(", "));
    }
}
