package in.prelims.study;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.error.InvalidInputException;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One review as the browser sends it.
 *
 * @param id   made by the browser (a UUID), the same each time the review is sent
 * @param at   when it was made, by the browser's clock; null means now
 */
record ReviewIn(String id, String card, Rating rating, Instant at) {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads {@code {"reviews": [{"id", "card", "rating", "at"}...]}}, naming the first thing wrong. */
    static List<ReviewIn> parseBatch(String body, int max) {
        JsonNode root;
        try {
            root = body == null || body.isBlank() ? null : JSON.readTree(body);
        } catch (IOException e) {
            throw new InvalidInputException("body", "The body is not JSON: send {\"reviews\": [...]}");
        }
        JsonNode reviews = root == null ? null : root.get("reviews");
        if (reviews == null || !reviews.isArray()) {
            throw new InvalidInputException("reviews", "Send {\"reviews\": [...]}, a list of reviews");
        }
        if (reviews.size() > max) {
            throw new InvalidInputException(
                    "reviews", "At most " + max + " reviews in one batch; this one has " + reviews.size());
        }
        List<ReviewIn> out = new ArrayList<>();
        for (int i = 0; i < reviews.size(); i++) {
            out.add(parse(reviews.get(i), "reviews[" + i + "]"));
        }
        return out;
    }

    private static ReviewIn parse(JsonNode r, String where) {
        if (r == null || !r.isObject()) {
            throw new InvalidInputException(where, where + " must be an object {id, card, rating, at}");
        }
        String id = r.path("id").asText("");
        if (!r.path("id").isTextual() || !ID.matcher(id).matches()) {
            throw new InvalidInputException(where + ".id", where + ".id must be 8 to 64 letters, digits, - or _");
        }
        if (!r.path("card").isTextual() || r.path("card").asText().isBlank()) {
            throw new InvalidInputException(where + ".card", where + ".card must name a card");
        }
        if (!r.path("rating").isInt()) {
            throw new InvalidInputException(
                    where + ".rating", where + ".rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy)");
        }
        Instant at = null;
        if (r.hasNonNull("at")) {
            if (!r.get("at").canConvertToLong()) {
                throw new InvalidInputException(where + ".at", where + ".at must be epoch milliseconds");
            }
            at = Instant.ofEpochMilli(r.get("at").asLong());
        }
        return new ReviewIn(
                id, r.get("card").asText(), Rating.of(r.get("rating").asInt()), at);
    }
}
