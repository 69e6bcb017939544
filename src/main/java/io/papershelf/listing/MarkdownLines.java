package io.papershelf.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * A clipped Markdown text with the clipper's hard wraps undone, keeping where each joined line began.
 * A line ending in a single {@code \} (a Markdown hard break) continues on the next; {@code \ } (an
 * escaped space, which CommonMark would print as a backslash) becomes a plain space.
 */
final class MarkdownLines {
    private final String text;
    private final int[] originalLines;

    private MarkdownLines(String text, int[] originalLines) {
        this.text = text;
        this.originalLines = originalLines;
    }

    static MarkdownLines of(List<String> lines) {
        List<String> joined = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        StringBuilder current = null;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (current == null) {
                current = new StringBuilder();
                starts.add(i + 1);
            } else {
                line = line.stripLeading();
            }
            boolean continues = endsWithHardBreak(line) && i + 1 < lines.size() && !lines.get(i + 1).isBlank();
            current.append(unescapeSpaces(continues ? line.substring(0, line.length() - 1) : line));
            if (continues) {
                current.append(' ');
            } else {
                joined.add(current.toString());
                current = null;
            }
        }
        if (current != null) {
            joined.add(current.toString());
        }
        return new MarkdownLines(String.join("\n", joined), starts.stream().mapToInt(Integer::intValue).toArray());
    }

    /** An odd number of trailing backslashes: the last one is not itself escaped. */
    private static boolean endsWithHardBreak(String line) {
        int n = 0;
        for (int i = line.length() - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            n++;
        }
        return n % 2 == 1;
    }

    private static String unescapeSpaces(String line) {
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                out.append(next == ' ' ? " " : "\\" + next);
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The Markdown to parse: one line per joined line. */
    String text() {
        return text;
    }

    /** The 1-based line of the file a joined line (0-based, as CommonMark counts) began on. */
    int originalLine(int joinedIndex) {
        return joinedIndex >= 0 && joinedIndex < originalLines.length ? originalLines[joinedIndex] : 0;
    }
}
