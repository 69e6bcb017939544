package io.papershelf.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** The shortcuts of decoding and normalising give what the long way gives. */
class ListingTextTest {
    private static final String[] PIECES = {"a", "Title", " ", "\t", "\n", "\r", "\r\n", "\u00A0", "\u2009", "\uFEFF",
        "\u200B", "\u2007", "\u202F", "\u200A", "é", "·", "•", "\uFFFD", "x  \n"};

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
    void decodingUtf8GivesTheTextNormalisedTheLongWay() throws Exception {
        // The check on the bytes (UTF-8 files, with or without a byte-order mark) against the rewrite of the text.
        Random random = new Random(7);
        for (int n = 0; n < 50_000; n++) {
            StringBuilder s = new StringBuilder("x");
            for (int i = random.nextInt(12); i > 0; i--) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            byte[] utf8 = s.toString().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = n % 2 == 0 ? utf8 : withMark(utf8);
            assertThat(ListingText.decode("a.txt", bytes).text()).as(s.toString())
                    .isEqualTo(ListingText.rewrite(s.toString()));
        }
    }

    private static byte[] withMark(byte[] utf8) {
        byte[] b = new byte[utf8.length + 3];
        b[0] = (byte) 0xEF;
        b[1] = (byte) 0xBB;
        b[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, b, 3, utf8.length);
        return b;
    }

    @Test
    void whatNeedsNormalisingIsFoundAcrossTheBlocksTheCheckReadsAtATime() {
        // The check copies the text out 65,536 characters at a time: a blank before a line end must be seen when the
        // two stand on either side of a block's end, and an odd character at a block's first or last place.
        int block = 1 << 16;
        for (int at = block - 3; at <= block + 2; at++) {
            for (String piece : new String[] {" \n", "\t\n", "\r", "\u00A0", "\uFEFF", "x"}) {
                String s = "a".repeat(at) + piece + "b".repeat(10);
                assertThat(ListingText.normalise(s)).as(piece + " at " + at).isEqualTo(ListingText.rewrite(s));
            }
        }
        String trailing = "a".repeat(2 * block - 1) + " ";
        assertThat(ListingText.normalise(trailing)).isEqualTo(ListingText.rewrite(trailing));
    }

    @Test
    void bytesThatAreNotUtf8AreReadAsWindows1252EvenBesideARealReplacementCharacter() throws Exception {
        String real = "Caf\u00e9 \uFFFD ok";
        assertThat(ListingText.decode("a.txt", real.getBytes(StandardCharsets.UTF_8)).text()).isEqualTo(real);
        byte[] cp1252 = "Caf\u00e9 \u2013 \u201cquoted\u201d".getBytes(Charset.forName("windows-1252"));
        assertThat(ListingText.decode("b.txt", cp1252).text()).isEqualTo("Caf\u00e9 \u2013 \u201cquoted\u201d");
    }
}
