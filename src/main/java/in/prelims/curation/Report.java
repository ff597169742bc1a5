package in.prelims.curation;

import java.util.List;

/**
 * Every check of a draft at once, and what it would ask.
 *
 * @param errors   schema, gazetteer and provenance errors as {@code file:line: message}; none means it can be saved
 * @param warnings sentences copied from the document (eight words or more)
 * @param notes    what would make more kinds of question possible (types with too few entries, ...)
 * @param forms    per fact and slot, the forms the provenance check searched for
 * @param preview  per kind of question, an example or the reason there is none
 */
record Report(
        boolean saved,
        List<String> errors,
        List<String> warnings,
        List<String> notes,
        List<Forms> forms,
        List<KindPreview> preview) {

    record Forms(String fact, String slot, String display, List<String> searched) {}

    record KindPreview(
            String kind,
            String name,
            String stem,
            List<String> statements,
            List<String> options,
            String answer,
            String reason) {}

    Report asSaved() {
        return new Report(true, errors, warnings, notes, forms, preview);
    }
}
