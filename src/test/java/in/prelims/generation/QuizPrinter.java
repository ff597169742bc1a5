package in.prelims.generation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.Set;

/** Prints one quiz as JSON; run in a fresh JVM by {@link DeterminismTest} to compare runs. */
public final class QuizPrinter {

    private QuizPrinter() {}

    public static void main(String[] args) throws Exception {
        QuestionRequest request =
                new QuestionRequest(60, Long.parseLong(args[0]), Set.of(Kind.values()), Set.of(), Set.of());
        System.out.print(new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .writeValueAsString(Engines.shipped().generate(request)));
    }
}
