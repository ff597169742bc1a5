package in.prelims.web;

/**
 * One mistake in a form, in words for the person who typed it.
 *
 * @param field the id of the form field at fault, or null for the form as a whole
 */
public record FieldProblem(String field, String message) {}
