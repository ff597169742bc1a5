package in.prelims.history;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.quiz.QuizAttempt;
import in.prelims.quiz.Scorecard;
import in.prelims.quiz.TopicTally;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * One person's attempts summed up: each attempt with its score, the trend of scores, accuracy per
 * topic and the weakest topics to practise.
 *
 * @param trendJson the submitted attempts oldest first as JSON, for the chart
 */
public record History(List<Row> rows, String trendJson, List<TopicTally> topics, List<TopicTally> weakTopics) {

    /** How many weak topics "practise my weak topics" asks about. */
    static final int WEAK_TOPICS = 3;

    private static final ObjectMapper JSON = new ObjectMapper();

    /** @param card null while the attempt is running */
    public record Row(QuizAttempt attempt, Scorecard card) {
        public String percentText() {
            return card == null
                    ? ""
                    : java.math.BigDecimal.valueOf(card.percent())
                                    .setScale(0, RoundingMode.HALF_UP)
                                    .toPlainString() + "%";
        }
    }

    record Point(String label, double percent, String score, String maxScore) {}

    /**
     * @param attempts    newest first
     * @param knownTopics topics the fact base has now; only these can be practised
     */
    static History of(List<QuizAttempt> attempts, Set<String> knownTopics) {
        List<Row> rows = new ArrayList<>();
        List<Point> trend = new ArrayList<>();
        Map<String, TopicTally> byTopic = new TreeMap<>();
        for (QuizAttempt attempt : attempts) {
            Scorecard card = attempt.submitted() ? attempt.scorecard() : null;
            rows.add(new Row(attempt, card));
            if (card == null) {
                continue;
            }
            trend.add(
                    0,
                    new Point(
                            Labels.shortDate(attempt),
                            Math.round(card.percent() * 10) / 10.0,
                            card.score().rounded(2).toPlainString(),
                            card.maxScore().rounded(2).toPlainString()));
            for (TopicTally tally : card.topics()) {
                byTopic.computeIfAbsent(tally.topic(), TopicTally::empty).addAll(tally);
            }
        }
        List<TopicTally> topics =
                byTopic.values().stream().sorted(TopicTally.WEAKEST_FIRST).toList();
        List<TopicTally> weak = topics.stream()
                .filter(t -> t.accuracy() < 100 && knownTopics.contains(t.topic()))
                .limit(WEAK_TOPICS)
                .toList();
        return new History(rows, json(trend), topics, weak);
    }

    public boolean hasScores() {
        return rows.stream().anyMatch(r -> r.card() != null);
    }

    private static String json(List<Point> points) {
        try {
            return JSON.writeValueAsString(points);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the score trend", e);
        }
    }
}
