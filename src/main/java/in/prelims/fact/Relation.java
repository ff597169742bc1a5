package in.prelims.fact;

/** The fact matches its {@code left} slot with its {@code right} slot; facts sharing a name make pairs. */
public record Relation(String name, String left, String right) {}
