package in.prelims.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import in.prelims.error.InvalidInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A JSON request body read field by field, so each mistake gets a message naming the field.
 * Decimals are kept exact (custom marking needs 0.1 to be 1/10, not a binary double).
 */
public final class JsonBody {

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private final JsonNode root;

    private JsonBody(JsonNode root) {
        this.root = root;
    }

    public static JsonBody parse(String body, String expected) {
        if (body == null || body.isBlank()) {
            throw new InvalidInputException("The request body is empty; send a JSON object like " + expected);
        }
        try {
            JsonNode root = JSON.readTree(body);
            if (root == null || !root.isObject()) {
                throw new InvalidInputException("The request body must be a JSON object like " + expected);
            }
            return new JsonBody(root);
        } catch (JsonProcessingException e) {
            String where = e.getLocation() == null
                    ? ""
                    : " (at line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")";
            throw new InvalidInputException(
                    "The request body is not valid JSON" + where + "; send a JSON object like " + expected);
        }
    }

    /** Refuses fields outside {@code known}, so a typo such as "cout" is reported, not ignored. */
    public JsonBody onlyFields(List<String> known) {
        root.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                throw new InvalidInputException(
                        name, "Unknown field \"" + name + "\"; the fields are " + String.join(", ", known));
            }
        });
        return this;
    }

    public boolean has(String field) {
        return root.has(field);
    }

    public JsonNode node(String field) {
        return root.get(field);
    }

    /** A whole number, or empty when the field is absent or null. */
    public Optional<Long> whole(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new InvalidInputException(field, field + " must be a whole number (it was " + node + ")");
        }
        return Optional.of(node.longValue());
    }

    public Optional<Boolean> bool(String field) {
        JsonNode node = root.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isBoolean()) {
            throw new InvalidInputException(field, field + " must be true or false (it was " + node + ")");
        }
        return Optional.of(node.booleanValue());
    }

    /** A list of strings; a single string counts as a list of one. */
    public List<String> strings(String field) {
        JsonNode node = root.get(field);
        List<String> values = new ArrayList<>();
        if (node == null || node.isNull()) {
            return values;
        }
        if (node.isTextual()) {
            values.add(node.textValue());
            return values;
        }
        if (!node.isArray()) {
            throw new InvalidInputException(field, field + " must be a list of strings (it was " + node + ")");
        }
        for (JsonNode item : node) {
            if (!item.isTextual()) {
                throw new InvalidInputException(
                        field, field + " must be a list of strings; " + item + " is not a string");
            }
            values.add(item.textValue());
        }
        return values;
    }
}
