package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The list columns are written and read with Jackson's streaming generator and parser: the text must be what the
 * object mapper wrote before (libraries hold it), read back as the object mapper read it, and a damaged column must
 * say so.
 */
class JsonColumnsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void writesWhatTheObjectMapperWrote() throws Exception {
        List<List<String>> lists = new ArrayList<>(List.of(
                List.of("Tim R. Davidson"),
                List.of("https://github.com/a/b", "https://example.org/?q=\"x\"&y=<z>"),
                List.of("quote \" backslash \\ slash / tab \t newline \n nul \u0000 bell \u0007"),
                List.of("Zoë", "Ünal", "東京", "emoji \uD83D\uDE00", "lone surrogate \uD800", "\u2028\u2029"),
                List.of("", " ", "[]", "null")));
        lists.add(Arrays.asList("before", null, "after"));
        Random random = new Random(16);
        for (int n = 0; n < 2_000; n++) {
            List<String> list = new ArrayList<>();
            for (int k = random.nextInt(4); k >= 0; k--) {
                StringBuilder s = new StringBuilder();
                for (int c = random.nextInt(12); c > 0; c--) {
                    s.append((char) (random.nextInt(4) == 0 ? random.nextInt(0x10000) : random.nextInt(0x80)));
                }
                list.add(s.toString());
            }
            lists.add(list);
        }
        for (List<String> list : lists) {
            String written = JsonColumns.write(list);
            assertThat(written).isEqualTo(MAPPER.writeValueAsString(list));
            assertThat(JsonColumns.read(written)).isEqualTo(list)
                    .isEqualTo(MAPPER.readValue(written, new TypeReference<List<String>>() { }));
        }
        assertThat(JsonColumns.write(List.of())).isEqualTo("[]");
        assertThat(JsonColumns.write(null)).isEqualTo("[]");
    }

    @Test
    void readsWhatTheObjectMapperRead() throws Exception {
        for (String text : List.of("[]", " [ \"a\" , \"b\" ] ", "[\"a\\u00e9\\n\"]", "[1, 2.5, true, null]",
                "[\"\"]")) {
            assertThat(JsonColumns.read(text)).as(text)
                    .isEqualTo(MAPPER.readValue(text, new TypeReference<List<String>>() { }));
        }
        assertThat(JsonColumns.read(null)).isEmpty();
        assertThat(JsonColumns.read("")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"a\": 1}", "\"a\"", "[\"a\"", "[[\"a\"]]", "[{\"a\": 1}]", "[\"a\"] [\"b\"]", "[\"a\",]",
        "nul"})
    void saysWhichColumnIsDamaged(String text) {
        assertThatThrownBy(() -> JsonColumns.read(text)).isInstanceOf(IllegalStateException.class)
                .hasMessage("damaged list column: " + text);
    }
}
