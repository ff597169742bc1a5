package in.prelims.quiz;

import in.prelims.error.InvalidInputException;
import in.prelims.web.JsonBody;
import java.util.List;

/**
 * One answer as sent to {@code PUT /api/quizzes/{id}/answers/{index}}.
 *
 * @param option the chosen option, or null to clear the answer
 * @param marked the review mark, or null to leave it as it is
 */
record Answer(int index, Integer option, Boolean marked) {

    static final String EXAMPLE = "{\"option\": 2} or {\"option\": null, \"marked\": true}";
    /** No question has more options than this; the question itself decides the exact limit. */
    private static final int MOST_OPTIONS = 10;

    static Answer parse(String index, String body) {
        int position;
        try {
            position = Integer.parseInt(index);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(
                    "index", "The question index must be a whole number from 0 (it was \"" + index + "\")");
        }
        JsonBody json = JsonBody.parse(body, EXAMPLE).onlyFields(List.of("option", "marked"));
        if (!json.has("option")) {
            throw new InvalidInputException(
                    "option", "option is required: 0 to 3 for the chosen option, or null to clear; e.g. " + EXAMPLE);
        }
        Integer option = json.whole("option")
                .map(o -> {
                    if (o < 0 || o >= MOST_OPTIONS) {
                        throw new InvalidInputException(
                                "option",
                                "option must be 0 to 3 (0 or 1 for true/false), or null to clear " + "(it was " + o
                                        + ")");
                    }
                    return o.intValue();
                })
                .orElse(null);
        return new Answer(position, option, json.bool("marked").orElse(null));
    }

    /** This answer if the paper (its questions' option counts) has its question and option. */
    Answer within(int[] optionCounts) {
        if (index < 0 || index >= optionCounts.length) {
            throw new InvalidInputException(
                    "index",
                    "There is no question " + index + ": this quiz has questions 0 to " + (optionCounts.length - 1));
        }
        int options = optionCounts[index];
        if (option != null && option >= options) {
            throw new InvalidInputException(
                    "option",
                    "option must be 0 to " + (options - 1) + " for question " + index
                            + ", or null to clear the answer (it was " + option + ")");
        }
        return this;
    }
}
