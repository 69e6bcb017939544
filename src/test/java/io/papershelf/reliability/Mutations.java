package io.papershelf.reliability;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Damaged copies of a listing file, each named for the message when it breaks something: bytes flipped,
 * cut after every line, blocks of lines shuffled, binary data mixed in, invalid UTF-8 sequences, and
 * the text re-encoded as UTF-16 with and without a byte-order mark. Seeded, so a failure repeats.
 */
public final class Mutations {
    /** One damaged copy. */
    public record Mutant(String name, byte[] bytes) {
    }

    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xE2, (byte) 0x82}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
        {(byte) 0xFE, (byte) 0xFE}, {0}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}};

    private Mutations() {
    }

    public static List<Mutant> flippedBytes(String name, byte[] original, long seed, int copies) {
        Random r = new Random(seed);
        List<Mutant> out = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            byte[] b = original.clone();
            int flips = 1 + r.nextInt(k % 3 == 0 ? 64 : 8);
            for (int i = 0; i < flips; i++) {
                int at = r.nextInt(b.length);
                b[at] ^= (byte) (1 + r.nextInt(255));
            }
            out.add(new Mutant(name + " with " + flips + " bytes flipped (copy " + k + ")", b));
        }
        return out;
    }

    /** The file cut after each of its lines, and once in the middle of each tenth line. */
    public static List<Mutant> truncatedAtEveryLine(String name, byte[] original) {
        List<Mutant> out = new ArrayList<>();
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < original.length; i++) {
            if (original[i] == '\n') {
                line++;
                out.add(new Mutant(name + " cut after line " + line, Arrays.copyOf(original, i + 1)));
                if (line % 10 == 0 && i - lineStart > 2) {
                    int mid = lineStart + (i - lineStart) / 2;
                    out.add(new Mutant(name + " cut inside line " + line, Arrays.copyOf(original, mid)));
                }
                lineStart = i + 1;
            }
        }
        return out;
    }

    /** Blocks of lines (separated by blank lines) in a random order. */
    public static List<Mutant> shuffledBlocks(String name, byte[] original, long seed, int copies) {
        String text = new String(original, StandardCharsets.UTF_8);
        List<String> blocks = new ArrayList<>(List.of(text.split("\n\n", -1)));
        Random r = new Random(seed);
        List<Mutant> out = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            List<String> copy = new ArrayList<>(blocks);
            Collections.shuffle(copy, r);
            out.add(new Mutant(name + " with its blocks shuffled (copy " + k + ")",
                    String.join("\n\n", copy).getBytes(StandardCharsets.UTF_8)));
        }
        // Lines shuffled, not only blocks: nothing of the structure is left.
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        Collections.shuffle(lines, r);
        out.add(new Mutant(name + " with its lines shuffled", String.join("\n", lines).getBytes(StandardCharsets.UTF_8)));
        return out;
    }

    public static List<Mutant> withBinary(String name, byte[] original, long seed) {
        Random r = new Random(seed);
        byte[] noise = new byte[4096];
        r.nextBytes(noise);
        List<Mutant> out = new ArrayList<>();
        out.add(new Mutant(name + " with 4 KB of random bytes in the middle", splice(original, original.length / 2, noise)));
        out.add(new Mutant(name + " with random bytes in front", splice(original, 0, Arrays.copyOf(noise, 512))));
        out.add(new Mutant(name + " with NUL bytes at the end", splice(original, original.length, new byte[64])));
        byte[] allNoise = new byte[original.length];
        r.nextBytes(allNoise);
        out.add(new Mutant(name + " overwritten with random bytes", allNoise));
        return out;
    }

    public static List<Mutant> invalidUtf8(String name, byte[] original, long seed, int copies) {
        Random r = new Random(seed);
        List<Mutant> out = new ArrayList<>();
        for (int k = 0; k < copies; k++) {
            byte[] bad = INVALID_UTF8[k % INVALID_UTF8.length];
            int at = r.nextInt(original.length + 1);
            out.add(new Mutant(name + " with invalid UTF-8 " + hex(bad) + " at byte " + at, splice(original, at, bad)));
        }
        return out;
    }

    public static List<Mutant> utf16(String name, byte[] original) {
        String text = new String(original, StandardCharsets.UTF_8);
        byte[] le = text.getBytes(StandardCharsets.UTF_16LE);
        byte[] be = text.getBytes(StandardCharsets.UTF_16BE);
        return List.of(
                new Mutant(name + " as UTF-16 LE with a byte-order mark", splice(le, 0, new byte[] {(byte) 0xFF, (byte) 0xFE})),
                new Mutant(name + " as UTF-16 BE with a byte-order mark", splice(be, 0, new byte[] {(byte) 0xFE, (byte) 0xFF})),
                new Mutant(name + " as UTF-16 LE without a byte-order mark", le),
                new Mutant(name + " as UTF-16 BE without a byte-order mark", be),
                new Mutant(name + " as UTF-16 LE cut at an odd byte", Arrays.copyOf(le, le.length / 2 | 1)));
    }

    /** Every kind of damage at once, for one sample. */
    public static List<Mutant> all(String name, byte[] original, long seed) {
        List<Mutant> out = new ArrayList<>();
        out.addAll(flippedBytes(name, original, seed, 30));
        out.addAll(truncatedAtEveryLine(name, original));
        out.addAll(shuffledBlocks(name, original, seed, 8));
        out.addAll(withBinary(name, original, seed));
        out.addAll(invalidUtf8(name, original, seed, 12));
        out.addAll(utf16(name, original));
        return out;
    }

    static byte[] splice(byte[] original, int at, byte[] insert) {
        byte[] out = new byte[original.length + insert.length];
        System.arraycopy(original, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(original, at, out, at + insert.length, original.length - at);
        return out;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(String.format("%02X", x & 0xff));
        }
        return s.toString();
    }
}
