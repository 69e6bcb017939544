package io.papershelf.listing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A position in BibTeX text, moved character by character, that knows the line of every position so
 * that {@link BibtexParser} can point a person at the line of a problem.
 */
final class BibtexCursor {
    private final String file;
    private final String text;
    private final int[] lineStarts;
    private int pos;

    BibtexCursor(String file, String text) {
        this.file = file;
        this.text = text;
        this.lineStarts = lineStarts(text);
    }

    boolean atEnd() {
        return pos >= text.length();
    }

    /** The current character; only call when not at the end. */
    char peek() {
        return text.charAt(pos);
    }

    /** Whether the current character is c; false at the end. */
    boolean at(char c) {
        return pos < text.length() && text.charAt(pos) == c;
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int pos() {
        return pos;
    }

    void advance() {
        pos++;
    }

    String slice(int from, int to) {
        return text.substring(from, to);
    }

    void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    void skipToLineEnd() {
        while (pos < text.length() && text.charAt(pos) != '\n') {
            pos++;
        }
    }

    /** A run of name characters (entry types, field names, macro names), possibly empty. */
    String identifier() {
        int start = pos;
        while (pos < text.length() && isNameCharacter(text.charAt(pos))) {
            pos++;
        }
        return text.substring(start, pos);
    }

    private static boolean isNameCharacter(char ch) {
        return Character.isLetterOrDigit(ch) || "_-:.+/".indexOf(ch) >= 0;
    }

    /** The first character after spaces and tabs on the current line, without moving; -1 at the line end. */
    int nextOnLine() {
        int p = pos;
        while (p < text.length() && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
            p++;
        }
        return p < text.length() && text.charAt(p) != '\n' ? p : -1;
    }

    /** The 1-based line of a position. */
    int line(int at) {
        int i = Arrays.binarySearch(lineStarts, at);
        return (i >= 0 ? i : -i - 2) + 1;
    }

    ListingException error(int at, String problem) {
        return new ListingException(file, line(at), problem);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
