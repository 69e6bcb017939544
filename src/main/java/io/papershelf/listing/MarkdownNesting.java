package io.papershelf.listing;

import java.util.List;

/**
 * Bounds how deeply a Markdown file can nest before it is parsed: the parser and the reader walk nested
 * quotes, lists, emphasis and links recursively, so a file of a hundred thousand {@code >} or {@code *} would
 * exhaust a thread's stack. No listing page nests more than a few levels; a file past these bounds is refused
 * with its line, before the parser sees it.
 */
final class MarkdownNesting {
    /** Quotes and list items inside each other on one line. */
    static final int MAX_CONTAINERS = 64;
    /** Emphasis and link marks ({@code * _ [}) in one paragraph: at most half of them can nest. */
    static final int MAX_INLINE_MARKS = 2000;

    private MarkdownNesting() {
    }

    /** @throws ListingException naming the first line past a bound */
    static void check(String fileName, List<String> lines) throws ListingException {
        int marks = 0;
        int paragraphStart = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                marks = 0;
                continue;
            }
            if (marks == 0) {
                paragraphStart = i;
            }
            if (containers(line) > MAX_CONTAINERS) {
                throw new ListingException(fileName, i + 1, "quotes or lists are nested more than " + MAX_CONTAINERS
                        + " deep here, which no listing page does, so the file is not read");
            }
            for (int k = 0; k < line.length(); k++) {
                char c = line.charAt(k);
                if (c == '*' || c == '_' || c == '[') {
                    marks++;
                }
            }
            if (marks > MAX_INLINE_MARKS) {
                throw new ListingException(fileName, paragraphStart + 1, "the paragraph here has more than "
                        + MAX_INLINE_MARKS + " emphasis and link marks (* _ [), which could nest deeper than any "
                        + "listing page does, so the file is not read");
            }
        }
    }

    /** How many quote markers and list markers open the line, one inside the other. */
    static int containers(String line) {
        int depth = 0;
        int i = 0;
        int n = line.length();
        while (i < n) {
            int spaces = 0;
            while (i < n && line.charAt(i) == ' ' && spaces < 4) {
                i++;
                spaces++;
            }
            if (i >= n) {
                break;
            }
            char c = line.charAt(i);
            int after;
            if (c == '>') {
                after = i + 1;
            } else if ((c == '-' || c == '+' || c == '*') && (i + 1 >= n || line.charAt(i + 1) == ' '
                    || line.charAt(i + 1) == '\t')) {
                after = i + 1;
            } else {
                int d = i;
                while (d < n && d - i < 9 && Character.isDigit(line.charAt(d))) {
                    d++;
                }
                if (d == i || d >= n || (line.charAt(d) != '.' && line.charAt(d) != ')')
                        || d + 1 < n && line.charAt(d + 1) != ' ' && line.charAt(d + 1) != '\t') {
                    break;
                }
                after = d + 1;
            }
            depth++;
            i = after;
        }
        return depth;
    }
}
