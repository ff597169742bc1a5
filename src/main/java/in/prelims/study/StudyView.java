package in.prelims.study;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the study page shows besides the cards, which its script fetches.
 *
 * @param daysToExam days from today to the exam day, or null without a coming exam
 */
public record StudyView(
        Set<String> topics,
        Set<String> sources,
        List<String> allTopics,
        List<SourceChoice> allSources,
        StudyQueue.Queue queue,
        StudySettings settings,
        StudyProgress progress,
        Long daysToExam,
        boolean guest,
        String error) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A source as offered in the deck filter. */
    public record SourceChoice(String id, String title) {}

    public int retentionPercent() {
        return (int) Math.round(settings.retention * 100);
    }

    public int examTargetPercent() {
        return (int) Math.round(settings.examTarget * 100);
    }

    public String examDate() {
        return settings.examDate == null ? "" : settings.examDate.toString();
    }

    public LocalDate exam() {
        return settings.examDate;
    }

    public String reviewsJson() {
        return json(progress.reviewsPerDay());
    }

    public String forecastJson() {
        return json(progress.forecast());
    }

    /** The deck filter as the script passes it on: "topics=a&sources=b". */
    public String query() {
        StringBuilder q = new StringBuilder();
        topics.stream()
                .sorted()
                .forEach(t -> q.append(q.isEmpty() ? "" : "&").append("topics=").append(enc(t)));
        sources.stream()
                .sorted()
                .forEach(
                        s -> q.append(q.isEmpty() ? "" : "&").append("sources=").append(enc(s)));
        return q.toString();
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
