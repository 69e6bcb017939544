package io.papershelf.library;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

import io.papershelf.model.ReadingStats;
import io.papershelf.storage.StatsQuery;

/**
 * Turns the facts of {@link StatsQuery} into {@link ReadingStats}: ISO weeks in the clock's zone, the last
 * {@code weeks} of them up to the one holding today, oldest first and empty ones included. A paper counts as
 * added in the week of its added day and, if it is read now, as read in the week of its read day (never before it
 * was added: a backup's times can say otherwise, and the backlog would go below zero); the backlog
 * at the end of a week is what was added up to then less what, of the papers read now, was read up to then (a
 * paper read and then marked unread again leaves no trace). Pure: the same facts and clock give the same numbers.
 */
public final class ReadingStatistics {
    private static final double SECONDS_PER_DAY = 86_400;

    private final Clock clock;

    public ReadingStatistics(Clock clock) {
        this.clock = clock;
    }

    public ReadingStats compute(StatsQuery.Facts facts, int weeks) {
        if (weeks < 1) {
            throw new IllegalArgumentException("weeks must be at least 1: " + weeks);
        }
        ZoneId zone = clock.getZone();
        LocalDate thisMonday = LocalDate.ofInstant(clock.instant(), zone)
                .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate firstMonday = thisMonday.minusWeeks(weeks - 1L);
        int[] added = new int[weeks];
        int[] read = new int[weeks];
        int addedBefore = 0;
        int readBefore = 0;
        for (StatsQuery.Added a : facts.added()) {
            int w = week(a.at(), zone, firstMonday, weeks);
            if (w < 0) {
                addedBefore += a.papers();
            } else if (w < weeks) {
                added[w] += a.papers();
            }
        }
        for (StatsQuery.Read r : facts.reads()) {
            int w = week(readAt(r), zone, firstMonday, weeks);
            if (w < 0) {
                readBefore += r.papers();
            } else if (w < weeks) {
                read[w] += r.papers();
            }
        }
        List<ReadingStats.Week> out = new ArrayList<>(weeks);
        int backlog = addedBefore - readBefore;
        for (int w = 0; w < weeks; w++) {
            LocalDate monday = firstMonday.plusWeeks(w);
            backlog += added[w] - read[w];
            out.add(new ReadingStats.Week(label(monday), monday, added[w], read[w], backlog));
        }
        return new ReadingStats(facts.papers(), facts.read(), facts.withCode(), out, facts.organizations(),
                facts.tags(), medianDaysToRead(facts.reads()));
    }

    /** When a paper counts as read: not before it was added (a backup's times can say otherwise). */
    private static Instant readAt(StatsQuery.Read r) {
        return r.readAt().isBefore(r.addedAt()) ? r.addedAt() : r.readAt();
    }

    /** "2026-W48": the ISO week-based year and week of a day. */
    public static String label(LocalDate day) {
        return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The index of the week holding this instant's local day: negative before the first, {@code weeks} or more after. */
    private static int week(Instant at, ZoneId zone, LocalDate firstMonday, int weeks) {
        LocalDate day = LocalDate.ofInstant(at, zone);
        if (day.isBefore(firstMonday)) {
            return -1;
        }
        long w = java.time.temporal.ChronoUnit.WEEKS.between(firstMonday, day);
        return (int) Math.min(w, weeks);
    }

    /** The median of (read at - added at) in days; a paper read before it was added counts as read at once. */
    static Double medianDaysToRead(List<StatsQuery.Read> reads) {
        List<double[]> spans = new ArrayList<>(); // {days, papers}
        long n = 0;
        for (StatsQuery.Read r : reads) {
            double days = Math.max(0, r.readAt().getEpochSecond() - r.addedAt().getEpochSecond()) / SECONDS_PER_DAY;
            spans.add(new double[] {days, r.papers()});
            n += r.papers();
        }
        if (n == 0) {
            return null;
        }
        spans.sort((a, b) -> Double.compare(a[0], b[0]));
        double lower = nth(spans, (n - 1) / 2);
        double upper = nth(spans, n / 2);
        return (lower + upper) / 2;
    }

    /** The k-th smallest span (from 0), counting each group as many times as it has papers. */
    private static double nth(List<double[]> sorted, long k) {
        long seen = 0;
        for (double[] s : sorted) {
            seen += (long) s[1];
            if (k < seen) {
                return s[0];
            }
        }
        throw new IllegalStateException("fewer than " + (k + 1) + " papers");
    }
}
