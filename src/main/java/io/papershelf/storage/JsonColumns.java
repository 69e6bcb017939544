package io.papershelf.storage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The JSON-array text columns (authors, links, ...): read and written whole. Written with Jackson's streaming
 * generator, read with its object mapper, which is made on first read: an import only writes, and in a fresh JVM
 * the mapper costs about 300 classes to load.
 */
final class JsonColumns {
    private static final JsonFactory FACTORY = new JsonFactory();

    private static final class Reader {
        static final ObjectMapper JSON = new ObjectMapper();
        static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    }

    private JsonColumns() {
    }

    static String write(List<String> values) {
        if (values == null || values.isEmpty()) {
            return "[]";
        }
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.writeStartArray();
            for (String v : values) {
                g.writeString(v);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a list of strings always serialises", e);
        }
        return out.toString();
    }

    static List<String> read(String json) {
        if (json == null || json.isEmpty() || json.equals("[]")) {
            return List.of();
        }
        try {
            return Reader.JSON.readValue(json, Reader.STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("damaged list column: " + json, e);
        }
    }
}
