package in.prelims.worksheet;

import in.prelims.generation.Kind;
import in.prelims.marking.Marking;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** What the /worksheets form shows: the choices, and the values given so far as typed. */
record WorksheetForm(
        List<String> allTopics,
        List<String> allKinds,
        Set<String> topics,
        Set<String> kinds,
        String title,
        String institute,
        String count,
        String sets,
        String duration,
        String marking,
        String seed,
        String period) {

    static WorksheetForm of(List<String> allTopics, WorksheetParams p, String seed) {
        List<String> examKinds = Kind.withOptions().stream().map(Kind::slug).toList();
        Set<String> kinds = p.kinds == null
                ? Set.of()
                : p.kinds.stream()
                        .flatMap(v -> Arrays.stream(v.split(",")))
                        .map(String::trim)
                        .collect(Collectors.toSet());
        return new WorksheetForm(
                allTopics,
                examKinds,
                p.topics(),
                kinds,
                or(p.title, ""),
                or(p.institute, ""),
                or(p.count, String.valueOf(WorksheetOptions.DEFAULT_COUNT)),
                or(p.sets, "2"),
                or(p.duration, ""),
                Marking.preset(or(p.marking, Marking.UPSC_GS.slug()))
                        .map(Marking::slug)
                        .orElse(p.marking),
                seed,
                or(p.period, ""));
    }

    private static String or(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.trim();
    }
}
