package io.papershelf.ranking;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Splits title and abstract into the terms the features count: lower-case words of two or more letters and
 * digits that start with a letter (accents removed), without English stop words, and each pair of neighbouring
 * words as a bigram ("language model"). The same rules as arxiv-sanity's scikit-learn vectoriser, written out
 * because they are this small.
 */
public final class TextTerms {
    private static final Set<String> STOP_WORDS = loadStopWords();

    private TextTerms() {
    }

    /** Calls {@code sink} with every unigram and bigram of the text, in order, repeats included. */
    public static void forEach(String text, Consumer<String> sink) {
        if (text == null || text.isEmpty()) {
            return;
        }
        String folded = fold(text);
        String previous = null;
        int i = 0;
        int n = folded.length();
        while (i < n) {
            char c = folded.charAt(i);
            if (!isWordChar(c)) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && isWordChar(folded.charAt(i))) {
                i++;
            }
            if (i - start < 2 || !isLetter(folded.charAt(start))) {
                continue;
            }
            String word = folded.substring(start, i);
            if (STOP_WORDS.contains(word)) {
                continue;
            }
            sink.accept(word);
            if (previous != null) {
                sink.accept(previous + ' ' + word);
            }
            previous = word;
        }
    }

    /** Lower case, accents removed, only when the text needs it (most abstracts are plain ASCII). */
    static String fold(String text) {
        boolean ascii = true;
        for (int i = 0; i < text.length() && ascii; i++) {
            ascii = text.charAt(i) < 0x80;
        }
        String s = ascii ? text : Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + 32)
                    : c < 0x80 ? c : Character.getType(c) == Character.NON_SPACING_MARK ? 0 : Character.toLowerCase(c);
            if (lower != c && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null && lower != 0) {
                out.append(lower);
            }
        }
        return out == null ? s : out.toString();
    }

    private static boolean isWordChar(char c) {
        return isLetter(c) || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 0x80 && Character.isLetter(c));
    }

    static boolean isStopWord(String word) {
        return STOP_WORDS.contains(word);
    }

    private static Set<String> loadStopWords() {
        Set<String> words = new HashSet<>();
        try (InputStream in = TextTerms.class.getResourceAsStream("/ranking/english-stop-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("The stop word list ranking/english-stop-words.txt is missing from the build.");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
