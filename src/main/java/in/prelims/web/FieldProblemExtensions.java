package in.prelims.web;

import io.quarkus.qute.TemplateExtension;
import java.util.List;

/** Looks up a form field's problem in a template: {@code problems.problemFor('count')} is its message or null. */
@TemplateExtension
class FieldProblemExtensions {

    static String problemFor(List<FieldProblem> problems, String field) {
        return problems.stream()
                .filter(p -> field.equals(p.field()))
                .map(FieldProblem::message)
                .findFirst()
                .orElse(null);
    }
}
