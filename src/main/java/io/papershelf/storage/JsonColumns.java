package io.papershelf.storage;

import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The JSON-array text columns (authors, links, ...): read and written whole. */
final class JsonColumns {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private JsonColumns() {
    }

    static String write(List<String> values) {
        if (values == null || values.isEmpty()) {
            return "[]";
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings always serialises", e);
        }
    }

    static List<String> read(String json) {
        if (json == null || json.isEmpty() || json.equals("[]")) {
            return List.of();
        }
        try {
            return JSON.readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged list column: " + json, e);
        }
    }
}
