package io.papershelf.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.papershelf.library.Library;
import io.papershelf.model.PaperFilter;
import io.papershelf.model.ReadState;
import io.papershelf.storage.StatsQuery;

/**
 * The reading statistics at 100,000 papers ({@code Library.statistics}, what the statistics view and
 * {@code papershelf stats} ask for): the whole library, the unread papers, one tag. The floor is the same SQL
 * aggregates ({@link StatsQuery}) on a plain JDBC connection to the same file, in the same runs; each SQL part
 * is also timed alone, to show where the time goes. Schema 5 has the index {@code papers_stats}, which answers the
 * organisations and the read times without the wide rows. On a busy machine the CPU time of the calling thread (where
 * SQLite runs) says more than the wall time, so both are reported.
 */
final class StatsBench {
    static final double LIMIT_MS = 300;

    List<Result> run(Context ctx) throws Exception {
        Path file = ctx.libraries().library(100_000);
        Map<String, PaperFilter> filters = new LinkedHashMap<>();
        filters.put("whole library", PaperFilter.ALL);
        filters.put("unread papers (80%)", PaperFilter.ALL.withReadState(ReadState.UNREAD));
        filters.put("tag \"llm\" (1%)", PaperFilter.ALL.withTag("llm"));
        Map<String, List<Double>> times = new LinkedHashMap<>();
        Map<String, List<Double>> cpu = new LinkedHashMap<>();
        filters.keySet().forEach(k -> {
            times.put(k, new ArrayList<>());
            cpu.put(k, new ArrayList<>());
        });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        List<Double> floor = new ArrayList<>();
        List<Double> ratio = new ArrayList<>();
        Map<String, List<Double>> parts = new LinkedHashMap<>();
        try (Library library = Library.open(file);
             Connection plain = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            StatsQuery query = new StatsQuery(plain);
            Instant since = Instant.now().minus(Library.RECENT);
            for (int r = -3; r < ctx.runs(); r++) {
                double whole = 0;
                for (var f : filters.entrySet()) {
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    library.statistics(f.getValue(), 26);
                    double ms = (System.nanoTime() - t0) / 1e6;
                    double cpuMs = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
                    if (f.getValue() == PaperFilter.ALL) {
                        whole = ms;
                    }
                    if (r >= 0) {
                        times.get(f.getKey()).add(ms);
                        cpu.get(f.getKey()).add(cpuMs);
                    }
                }
                long t0 = System.nanoTime();
                query.facts(PaperFilter.ALL, null, since, Library.STATS_TOP);
                double sql = (System.nanoTime() - t0) / 1e6;
                timeParts(plain, r >= 0 ? parts : new LinkedHashMap<>());
                if (r >= 0) {
                    floor.add(sql);
                    ratio.add(whole / sql);
                }
            }
        }
        List<Result> out = new ArrayList<>();
        times.forEach((name, t) -> {
            out.add(Result.of("stats", "statistics of the " + name + ", 26 weeks", new Stats(t), LIMIT_MS, false));
            out.add(Result.info("stats", "  CPU time of the same (SQLite runs on the calling thread)",
                    new Stats(cpu.get(name)), "ms"));
        });
        out.add(Result.info("stats", "floor: the same SQL aggregates on a plain JDBC connection", new Stats(floor), "ms"));
        out.add(Result.info("stats", "whole library / floor (per run)", new Stats(ratio), "x"));
        parts.forEach((name, t) -> out.add(Result.info("stats", "  SQL part alone: " + name, new Stats(t), "ms")));
        return out;
    }

    /** Each aggregate of StatsQuery alone, as it runs for the whole library. */
    private static void timeParts(Connection c, Map<String, List<Double>> into) throws Exception {
        Map<String, String> sql = new LinkedHashMap<>();
        String live = " FROM papers p WHERE p.deleted_at IS NULL";
        sql.put("added per instant, with the totals", "SELECT p.added_at, count(*), sum(p.is_read), sum(p.has_code)"
                + live + " GROUP BY p.added_at");
        sql.put("read per instant", "SELECT p.added_at, p.read_changed_at, count(*)" + live
                + " AND p.is_read = 1 AND p.read_changed_at IS NOT NULL GROUP BY 1, 2");
        sql.put("top organisations", "SELECT p.organization, count(*) AS n" + live
                + " AND coalesce(p.organization, '') <> '' GROUP BY 1 ORDER BY n DESC LIMIT 10");
        sql.put("top tags", "SELECT t.name, count(*) AS n FROM paper_tags pt JOIN tags t ON t.id = pt.tag_id WHERE "
                + "pt.paper_id NOT IN (SELECT id FROM papers WHERE deleted_at IS NOT NULL) GROUP BY t.id ORDER BY n DESC "
                + "LIMIT 10");
        try (Statement s = c.createStatement()) {
            for (var e : sql.entrySet()) {
                long t0 = System.nanoTime();
                try (ResultSet rs = s.executeQuery(e.getValue())) {
                    while (rs.next()) {
                        rs.getString(1);
                    }
                }
                into.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add((System.nanoTime() - t0) / 1e6);
            }
        }
    }
}
