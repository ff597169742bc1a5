package in.prelims.fact;

import java.util.List;

/**
 * The fact matches its {@code left} slot with its {@code right} slot, and with its {@code middle}
 * slot when the relation has three roles (a three-column match: minister, country, post); facts
 * sharing a name make pairs or rows.
 *
 * @param middle the second of three columns, or null for a pair
 */
public record Relation(String name, String left, String middle, String right) {

    public Relation(String name, String left, String right) {
        this(name, left, null, right);
    }

    /** The slots in column order: left, (middle,) right. */
    public List<String> columns() {
        return middle == null ? List.of(left, right) : List.of(left, middle, right);
    }

    /** The columns a mismatched row may show wrongly: all but the left one. */
    public List<String> matched() {
        return columns().subList(1, columns().size());
    }

    public boolean threeColumns() {
        return middle != null;
    }
}
