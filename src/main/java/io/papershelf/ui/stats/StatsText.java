package io.papershelf.ui.stats;

import java.util.Locale;

import io.papershelf.model.ReadingStats;

/** The words and numbers the statistics view shows, apart from the charts. */
final class StatsText {
    private StatsText() {
    }

    static String percent(int n, int of) {
        return of == 0 ? "0%" : Math.round(100.0 * n / of) + "%";
    }

    /** "5 hours", "1.5 days", "7 days", "21 days"; "–" when nothing is read. */
    static String duration(Double days) {
        if (days == null) {
            return "–";
        }
        if (days < 1) {
            long hours = Math.round(days * 24);
            return hours < 1 ? "under an hour" : hours == 1 ? "1 hour" : hours + " hours";
        }
        double tenths = Math.round(days * 10) / 10.0;
        if (tenths >= 14 || tenths == Math.rint(tenths)) {
            long whole = Math.round(days);
            return whole == 1 ? "1 day" : whole + " days";
        }
        return String.format(Locale.ROOT, "%.1f days", tenths);
    }

    /** A sentence in place of the charts when there is too little to draw; null when there is enough. */
    static String tooFew(ReadingStats s) {
        if (s.papers() >= StatisticsViewModel.FEW) {
            return null;
        }
        if (s.papers() == 0) {
            return "No papers here yet. Import a listing, and what you add and read week by week will be drawn here.";
        }
        return "Only " + (s.papers() == 1 ? "1 paper" : s.papers() + " papers") + " so far, " + s.read()
                + " read. The charts appear from " + StatisticsViewModel.FEW + " papers on.";
    }

    /** "48": the axis label of a week, its number (26 weeks never repeat one); the tooltip has "2026-W48". */
    static String weekAxis(ReadingStats.Week w) {
        return Integer.toString(Integer.parseInt(w.label().substring(w.label().indexOf('W') + 1)));
    }

    /** A tick unit of 1, 2 or 5 times a power of ten giving at most about six ticks up to {@code max}. */
    static int tickUnit(int max) {
        for (int unit = 1; ; unit *= 10) {
            for (int step : new int[] {1, 2, 5}) {
                if ((long) step * unit * 6 >= max) {
                    return step * unit;
                }
            }
        }
    }

    /** The first multiple of {@code unit} at least a twentieth above {@code max} (and above 1): room over the top value. */
    static int topWithHeadroom(int max, int unit) {
        int m = Math.max(1, max);
        int top = (int) Math.ceil(m * 1.05 / unit) * unit;
        return top > m ? top : top + unit;
    }

    /** A name cut to fit beside a bar; the whole name is in the bar's tooltip. */
    static String shortName(String name, int max) {
        return name.length() <= max ? name : name.substring(0, max - 1).strip() + "…";
    }
}
