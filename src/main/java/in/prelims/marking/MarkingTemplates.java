package in.prelims.marking;

import io.quarkus.qute.TemplateGlobal;
import java.util.List;

/** The presets for any page that offers a choice of marking. */
@TemplateGlobal
class MarkingTemplates {

    static List<Marking> markingPresets() {
        return Marking.PRESETS;
    }
}
