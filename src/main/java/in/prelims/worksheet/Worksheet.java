package in.prelims.worksheet;

import java.util.List;

/** A paper ready to print: one or more shuffled sets of the same questions. */
record Worksheet(WorksheetOptions options, List<WorksheetSet> sets) {

    Worksheet {
        sets = List.copyOf(sets);
    }
}
