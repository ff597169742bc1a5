package in.prelims.worksheet;

import in.prelims.generation.QuestionPicker;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Builds worksheets: the engine's questions for the filters, then one shuffled set per letter. */
@ApplicationScoped
class Worksheets {

    @Inject
    QuestionPicker picker;

    Worksheet build(WorksheetOptions options) {
        var questions = picker.pick(
                options.count(),
                options.seed(),
                options.kinds(),
                options.topics(),
                options.sources(),
                options.period());
        return new Worksheet(options, SetShuffler.sets(questions, options.sets(), options.seed()));
    }
}
