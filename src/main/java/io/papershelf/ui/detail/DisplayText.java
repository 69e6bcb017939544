package io.papershelf.ui.detail;

import java.util.ArrayList;
import java.util.List;

/**
 * A text as the detail pane shows it: a zero-width no-break space between the characters of each link, so
 * that a line never breaks inside a link (JavaFX would break after every slash, dot and hyphen) while the
 * width allows it on one line. Offsets convert both ways, and what is copied is the text without them.
 */
final class DisplayText {
    /** ZERO WIDTH NO-BREAK SPACE: Java's line breaker never breaks beside it; it takes no room. */
    static final char GLUE = '\uFEFF';

    /** A link's place in the source text. */
    record Range(int start, int end, String url) {
    }

    private final String source;
    private final String shown;
    private final int[] toShown;
    private final int[] toSource;
    private final List<Range> links;

    private DisplayText(String source, String shown, int[] toShown, int[] toSource, List<Range> links) {
        this.source = source;
        this.shown = shown;
        this.toShown = toShown;
        this.toSource = toSource;
        this.links = links;
    }

    /** The text with every occurrence of each of {@code urls} glued. */
    static DisplayText of(String source, List<String> urls) {
        String text = source == null ? "" : source;
        boolean[] glued = new boolean[text.length() + 1]; // glue before this character
        List<Range> ranges = new ArrayList<>();
        for (String url : urls) {
            if (url == null || url.isEmpty()) {
                continue;
            }
            for (int i = text.indexOf(url); i >= 0; i = text.indexOf(url, i + url.length())) {
                ranges.add(new Range(i, i + url.length(), url));
                for (int k = i + 1; k < i + url.length(); k++) {
                    glued[k] = true;
                }
            }
        }
        ranges.sort((a, b) -> Integer.compare(a.start(), b.start()));
        StringBuilder b = new StringBuilder(text.length() + 16);
        int[] toShown = new int[text.length() + 1];
        List<Integer> back = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            if (glued[i]) {
                b.append(GLUE);
                back.add(i);
            }
            toShown[i] = b.length();
            b.append(text.charAt(i));
            back.add(i);
        }
        toShown[text.length()] = b.length();
        back.add(text.length());
        int[] toSource = back.stream().mapToInt(Integer::intValue).toArray();
        return new DisplayText(text, b.toString(), toShown, toSource, List.copyOf(ranges));
    }

    String source() {
        return source;
    }

    String shown() {
        return shown;
    }

    List<Range> links() {
        return links;
    }

    /** The shown offset of a source offset. */
    int shownIndex(int sourceIndex) {
        return toShown[Math.max(0, Math.min(sourceIndex, source.length()))];
    }

    /** The source offset of a shown offset (a glue character counts as the character after it). */
    int sourceIndex(int shownIndex) {
        return toSource[Math.max(0, Math.min(shownIndex, shown.length()))];
    }

    /** The link at a source offset, or null. */
    Range linkAt(int sourceIndex) {
        for (Range r : links) {
            if (sourceIndex >= r.start() && sourceIndex < r.end()) {
                return r;
            }
        }
        return null;
    }

    /** The source text of a shown span, without glue. */
    String sourceText(int shownStart, int shownEnd) {
        int s = sourceIndex(shownStart);
        int e = sourceIndex(shownEnd);
        return source.substring(Math.min(s, e), Math.max(s, e));
    }
}
