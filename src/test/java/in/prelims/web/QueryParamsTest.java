package in.prelims.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import in.prelims.error.InvalidInputException;
import in.prelims.generation.Kind;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QueryParamsTest {

    @Test
    void integersInRangeOrTheDefault() {
        assertEquals(20, QueryParams.integer("count", null, 20, 1, 200));
        assertEquals(7, QueryParams.integer("count", " 7 ", 20, 1, 200));
        assertMessage(
                "count must be a whole number from 1 to 200, not \"0\"",
                () -> QueryParams.integer("count", "0", 20, 1, 200));
        assertMessage(
                "count must be a whole number from 1 to 200, not \"ten\"",
                () -> QueryParams.integer("count", "ten", 20, 1, 200));
    }

    @Test
    void seedIsAnyLong() {
        assertEquals(9, QueryParams.seed("", 9));
        assertEquals(-5, QueryParams.seed("-5", 9));
        assertMessage("seed must be a whole number (for example 42), not \"1.5\"", () -> QueryParams.seed("1.5", 9));
    }

    @Test
    void kindsRepeatedOrCommaSeparated() {
        assertEquals(
                Set.of(Kind.MCQ, Kind.TRUE_FALSE, Kind.CLOZE), QueryParams.kinds(List.of("mcq,true-false", "cloze")));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> QueryParams.kinds(List.of("essay")));
        assertTrue(
                e.getMessage().startsWith("kinds: \"essay\" is not a question kind; use mcq, cloze"), e.getMessage());
    }

    @Test
    void choicesAndBooleansNameTheParameter() {
        assertEquals("letter", QueryParams.choice("paper", "Letter", "a4", "a4", "letter"));
        assertMessage(
                "paper must be one of a4, letter, not \"a3\"",
                () -> QueryParams.choice("paper", "a3", "a4", "a4", "letter"));
        assertEquals(false, QueryParams.bool("duplex", "false", true));
        assertMessage("duplex must be true or false, not \"maybe\"", () -> QueryParams.bool("duplex", "maybe", true));
    }

    @Test
    void textIsTrimmedAndCapped() {
        assertEquals("Test", QueryParams.text("title", "  Test ", "x", 10));
        assertMessage(
                "title must be at most 10 characters (it has 11)",
                () -> QueryParams.text("title", "a".repeat(11), "x", 10));
        assertEquals(Arrays.asList("a", "b"), List.copyOf(QueryParams.list(List.of("a, b", " "))));
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(expected, e.getMessage());
        assertEquals(expected.split(" ")[0], e.field().orElseThrow(), "the field at fault");
    }
}
