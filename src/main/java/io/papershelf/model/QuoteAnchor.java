package io.papershelf.model;

import java.util.Optional;

/**
 * Finds a highlight's quote again in a text that may have changed since it was made: where it was; else
 * the nearest exact copy; else a copy whose whitespace differs; else the nearest passage that differs from
 * it by a few characters (at most one in twenty, and never more than half of a short quote). A quote that
 * is nowhere to be found has no place: the highlight is kept all the same and shown as no longer there.
 */
public final class QuoteAnchor {
    /** Where a quote sits: {@code text.substring(start, end)}. */
    public record Span(int start, int end) {
    }

    private QuoteAnchor() {
    }

    public static Optional<Span> locate(String text, Highlight h) {
        return locate(text, h.start(), h.quote());
    }

    public static Optional<Span> locate(String text, int start, String quote) {
        if (text == null || quote == null || quote.isEmpty()) {
            return Optional.empty();
        }
        if (text.startsWith(quote, start)) {
            return Optional.of(new Span(start, start + quote.length()));
        }
        int exact = nearest(text, quote, start);
        if (exact >= 0) {
            return Optional.of(new Span(exact, exact + quote.length()));
        }
        Collapsed t = Collapsed.of(text);
        Collapsed q = Collapsed.of(quote.strip());
        if (q.text.isEmpty()) {
            return Optional.empty();
        }
        int near = t.collapsedIndex(start);
        int loose = nearest(t.text, q.text, near);
        if (loose >= 0) {
            return Optional.of(t.original(loose, loose + q.text.length()));
        }
        return approximate(t, q.text, near);
    }

    /** The occurrence of {@code quote} whose start is nearest to {@code near}, or -1. */
    private static int nearest(String text, String quote, int near) {
        int best = -1;
        for (int i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 1)) {
            if (best < 0 || Math.abs(i - near) < Math.abs(best - near)) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Approximate matching (Sellers): the passage of {@code t} with the fewest edits from {@code quote}, if
     * few enough, nearest to {@code near} among equals. Each cell carries the start of its alignment.
     */
    private static Optional<Span> approximate(Collapsed t, String quote, int near) {
        int m = quote.length();
        int allowed = m / 20;
        if (allowed == 0 || (long) m * t.text.length() > 20_000_000L) {
            return Optional.empty();
        }
        int[] cost = new int[m + 1];
        int[] from = new int[m + 1];
        int[] nextCost = new int[m + 1];
        int[] nextFrom = new int[m + 1];
        for (int i = 0; i <= m; i++) {
            cost[i] = i;
            from[i] = 0;
        }
        int bestCost = Integer.MAX_VALUE;
        int bestStart = -1;
        int bestEnd = -1;
        for (int j = 1; j <= t.text.length(); j++) {
            nextCost[0] = 0;
            nextFrom[0] = j;
            char c = t.text.charAt(j - 1);
            for (int i = 1; i <= m; i++) {
                int sub = cost[i - 1] + (quote.charAt(i - 1) == c ? 0 : 1);
                int del = cost[i] + 1;        // a character of the text not in the quote
                int ins = nextCost[i - 1] + 1; // a character of the quote not in the text
                if (sub <= del && sub <= ins) {
                    nextCost[i] = sub;
                    nextFrom[i] = from[i - 1];
                } else if (del <= ins) {
                    nextCost[i] = del;
                    nextFrom[i] = from[i];
                } else {
                    nextCost[i] = ins;
                    nextFrom[i] = nextFrom[i - 1];
                }
            }
            int d = nextCost[m];
            int s = nextFrom[m];
            if (d <= allowed && (d < bestCost || d == bestCost && Math.abs(s - near) < Math.abs(bestStart - near))) {
                bestCost = d;
                bestStart = s;
                bestEnd = j;
            }
            int[] swap = cost;
            cost = nextCost;
            nextCost = swap;
            swap = from;
            from = nextFrom;
            nextFrom = swap;
        }
        return bestStart < 0 ? Optional.empty() : Optional.of(t.original(bestStart, bestEnd));
    }

    /** A text with each run of whitespace made one space, and where each of its characters came from. */
    private record Collapsed(String text, int[] origin, int length) {
        static Collapsed of(String s) {
            StringBuilder b = new StringBuilder(s.length());
            int[] origin = new int[s.length() + 1];
            boolean space = false;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00a0') {
                    if (!space) {
                        origin[b.length()] = i;
                        b.append(' ');
                    }
                    space = true;
                } else {
                    origin[b.length()] = i;
                    b.append(c);
                    space = false;
                }
            }
            origin[b.length()] = s.length();
            return new Collapsed(b.toString(), origin, s.length());
        }

        /** The collapsed offset of an offset in the original text. */
        int collapsedIndex(int originalIndex) {
            for (int i = 0; i < text.length(); i++) {
                if (origin[i] >= originalIndex) {
                    return i;
                }
            }
            return text.length();
        }

        /** The original span of a collapsed one {@code [start, end)}. */
        Span original(int start, int end) {
            int s = origin[start];
            int e = end == 0 ? s : origin[end - 1] + 1;
            return new Span(s, Math.max(s, e));
        }
    }
}
