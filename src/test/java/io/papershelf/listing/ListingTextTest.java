package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shortcuts of decoding and normalising give what the long way gives. */
class ListingTextTest {
    private static final String[] PIECES = {"a", "Title", " ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2009", "\uFEFF",
        "\u200B", "é", "·", "•", "\uFFFD", "x  \n"};

    @Test
    void normalisingSkipsTheCopyOnlyWhenItWouldChangeNothing() {
        Random random = new Random(5);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            assertThat(ListingText.normalise(s.toString())).as(s.toString()).isEqualTo(ListingText.rewrite(s.toString()));
        }
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252EvenBesideARealReplacementCharacter() throws Exception {
        String real = "Caf\u00e9 \uFFFD ok";
        assertThat(ListingText.decode("a.txt", real.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(real);
        byte[] cp1252 = "Caf\u00e9 \u2013 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
        assertThat(ListingText.decode("b.txt", cp1252).text()).isEqualTo("Caf\u00e9 \u2013 \u201cquoted\u201d");
    }
}
