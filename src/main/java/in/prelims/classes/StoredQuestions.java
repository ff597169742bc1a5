package in.prelims.classes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.generation.Question;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A class paper's questions to and from their stored form. */
final class StoredQuestions {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private StoredQuestions() {}

    static String write(Question question) {
        try {
            return JSON.writeValueAsString(question);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store question " + question.id(), e);
        }
    }

    static Question read(String json) {
        try {
            return JSON.readValue(json, Question.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored class question cannot be read", e);
        }
    }

    /** For each option of {@code shown}, its index among the options of {@code original}. */
    static String order(Question original, Question shown) {
        return shown.options().stream()
                .map(o -> String.valueOf(original.options().indexOf(o)))
                .collect(Collectors.joining(","));
    }

    static int[] order(String stored) {
        return Arrays.stream(stored.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    /** The question with its options put back in their unshuffled order. */
    static Question unshuffled(Question shown, int[] order) {
        Integer[] back = new Integer[order.length];
        for (int p = 0; p < order.length; p++) {
            back[order[p]] = p;
        }
        return shown.withOptionOrder(List.of(back));
    }
}
