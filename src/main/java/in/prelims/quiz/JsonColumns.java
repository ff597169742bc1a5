package in.prelims.quiz;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.List;

/** List columns of {@code paper_question} and {@code attempt_question}, stored as JSON arrays. */
final class JsonColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonColumns() {}

    @Converter
    static class Strings implements AttributeConverter<List<String>, String> {
        @Override
        public String convertToDatabaseColumn(List<String> list) {
            return write(list);
        }

        @Override
        public List<String> convertToEntityAttribute(String column) {
            return read(column, new TypeReference<>() {});
        }
    }

    /** A nullable list of whole numbers: null stays null. */
    @Converter
    static class Integers implements AttributeConverter<List<Integer>, String> {
        @Override
        public String convertToDatabaseColumn(List<Integer> list) {
            return list == null ? null : write(list);
        }

        @Override
        public List<Integer> convertToEntityAttribute(String column) {
            return column == null ? null : read(column, new TypeReference<>() {});
        }
    }

    @Converter
    static class Citations implements AttributeConverter<List<Citation>, String> {
        @Override
        public String convertToDatabaseColumn(List<Citation> list) {
            return write(list);
        }

        @Override
        public List<Citation> convertToEntityAttribute(String column) {
            return read(column, new TypeReference<>() {});
        }
    }

    /** Canonical JSON of a value, also used to hash a paper's content. */
    static String write(Object list) {
        try {
            return JSON.writeValueAsString(list == null ? List.of() : list);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot store a list as JSON", e);
        }
    }

    private static <T> List<T> read(String column, TypeReference<List<T>> type) {
        try {
            return column == null ? List.of() : List.copyOf(JSON.readValue(column, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored list is not valid JSON: " + column, e);
        }
    }
}
