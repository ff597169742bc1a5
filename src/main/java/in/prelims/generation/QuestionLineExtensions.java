package in.prelims.generation;

import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** {@code {q.questionLine.lineParts}} in any page: the question line with its negations marked. */
@TemplateExtension
class QuestionLineExtensions {

    static List<QuestionLine.Part> lineParts(String line) {
        return QuestionLine.parts(line);
    }
}
