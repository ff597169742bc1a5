package in.prelims.classes;

import in.prelims.generation.Question;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The per-item figures gathered into a paper's results: items, topics and the score distribution. */
final class Summaries {

    private Summaries() {}

    static Results results(
            PaperFigures figures, double maxScore, List<Results.Student> students, List<Question> questions) {
        List<Results.Item> items = new ArrayList<>();
        Map<String, double[]> topics = new TreeMap<>();
        for (int i = 0; i < questions.size(); i++) {
            Question q = questions.get(i);
            ItemFigures f = figures.items().get(i);
            items.add(new Results.Item(i + 1, q, f));
            for (String topic : q.topics()) {
                double[] sum = topics.computeIfAbsent(topic, t -> new double[2]);
                sum[0]++;
                sum[1] += f.shares()[f.key()];
            }
        }
        List<Results.Topic> byTopic = topics.entrySet().stream()
                .map(e -> new Results.Topic(e.getKey(), (int) e.getValue()[0], e.getValue()[1] / e.getValue()[0]))
                .sorted((a, b) -> Double.compare(a.percentCorrect(), b.percentCorrect()))
                .toList();
        int[] distribution = new int[Results.BANDS];
        for (Results.Student s : students) {
            distribution[Results.band(s.marks(), maxScore)]++;
        }
        return new Results(figures, maxScore, List.copyOf(students), List.copyOf(items), byTopic, distribution);
    }
}
