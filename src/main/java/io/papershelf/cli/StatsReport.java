package io.papershelf.cli;

import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.papershelf.model.ReadingStats;

/** {@link ReadingStats} as the {@code stats} command prints them: an aligned table, or JSON. */
final class StatsReport {
    private static final ObjectMapper JSON = new ObjectMapper();

    private StatsReport() {
    }

    /** The median in days, to a tenth of a day; null when nothing is read. */
    static Double roundedMedian(ReadingStats s) {
        return s.medianDaysToRead() == null ? null : Math.round(s.medianDaysToRead() * 10) / 10.0;
    }

    /**
     * {@code {"papers", "read", "unread", "withCode", "weeks": [{"week", "added", "read"}], "organizations": [{"name",
     * "papers"}], "tags": [...], "medianDaysToRead"}}, one line.
     */
    static String json(ReadingStats s) throws JsonProcessingException {
        ObjectNode root = JSON.createObjectNode();
        root.put("papers", s.papers());
        root.put("read", s.read());
        root.put("unread", s.unread());
        root.put("withCode", s.withCode());
        ArrayNode weeks = root.putArray("weeks");
        for (ReadingStats.Week w : s.weeks()) {
            weeks.addObject().put("week", w.label()).put("added", w.added()).put("read", w.read());
        }
        counts(root.putArray("organizations"), s.organizations());
        counts(root.putArray("tags"), s.tags());
        root.put("medianDaysToRead", roundedMedian(s));
        return JSON.writeValueAsString(root) + "\n";
    }

    private static void counts(ArrayNode into, List<ReadingStats.Count> counts) {
        counts.forEach(c -> into.addObject().put("name", c.name()).put("papers", c.papers()));
    }

    static String table(ReadingStats s) {
        StringBuilder b = new StringBuilder();
        b.append(row("Papers", s.papers(), "")).append(row("Read", s.read(), share(s.read(), s.papers())))
                .append(row("Unread", s.unread(), share(s.unread(), s.papers())))
                .append(row("With code", s.withCode(), share(s.withCode(), s.papers())));
        Double median = roundedMedian(s);
        b.append(String.format(Locale.ROOT, "%-22s %s%n", "Median days to read",
                median == null ? "-" : String.format(Locale.ROOT, "%.1f", median)));
        b.append(String.format(Locale.ROOT, "%n%-10s %7s %7s %9s%n", "Week", "Added", "Read", "Backlog"));
        for (ReadingStats.Week w : s.weeks()) {
            b.append(String.format(Locale.ROOT, "%-10s %7d %7d %9d%n", w.label(), w.added(), w.read(), w.backlog()));
        }
        names(b, "Organisations", s.organizations());
        names(b, "Tags", s.tags());
        return b.toString();
    }

    private static String row(String label, int n, String share) {
        return String.format(Locale.ROOT, "%-22s %d%s%n", label, n, share);
    }

    private static String share(int n, int of) {
        return of == 0 ? "" : String.format(Locale.ROOT, " (%d%%)", Math.round(100.0 * n / of));
    }

    private static void names(StringBuilder b, String heading, List<ReadingStats.Count> counts) {
        if (counts.isEmpty()) {
            return;
        }
        int width = counts.stream().mapToInt(c -> c.name().length()).max().orElse(0);
        b.append(String.format(Locale.ROOT, "%n%s%n", heading));
        counts.forEach(c -> b.append(String.format(Locale.ROOT, "  %-" + width + "s %6d%n", c.name(), c.papers())));
    }
}
