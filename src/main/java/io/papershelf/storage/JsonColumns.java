package io.papershelf.storage;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The JSON-array text columns (authors, links, ...): arrays of strings, read and written whole with Jackson's
 * streaming parser and generator. Not databind's object mapper: setting that up costs a fresh JVM about 300
 * classes and 0.15 s of CPU, which the window paid when it showed its first paper (decision 0028).
 */
final class JsonColumns {
    private static final JsonFactory FACTORY = new JsonFactory();

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
        try (JsonParser p = FACTORY.createParser(json)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                throw damaged(json, null);
            }
            List<String> values = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == JsonToken.VALUE_NULL) {
                    values.add(null);
                } else if (t != null && t.isScalarValue()) {
                    values.add(p.getText()); // a string; a number or true/false as its text, as databind read them
                } else {
                    throw damaged(json, null); // an object or array inside, or the text's end inside the array
                }
            }
            if (p.nextToken() != null) {
                throw damaged(json, null);
            }
            return values;
        } catch (IOException e) {
            throw damaged(json, e);
        }
    }

    private static IllegalStateException damaged(String json, IOException cause) {
        return new IllegalStateException("damaged list column: " + json, cause);
    }
}
