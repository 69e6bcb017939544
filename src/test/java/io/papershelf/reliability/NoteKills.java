package io.papershelf.reliability;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.TestFiles;
import io.papershelf.library.Library;
import io.papershelf.model.Paper;
import io.papershelf.ui.window.NoteEditingWindow;

/**
 * Kills the real window (headless) with SIGKILL while it edits notes, again and again on one library.
 * With SIGTERM instead ({@code terminate}), as a logout or a service manager ends it, nothing typed may be lost:
 * each paper's note must then be the last text typed into it (or the one before, when the end came between
 * the harness saying it types and the text reaching the editor).
 * The window writes what it typed and what it showed as "Saved"; after each kill the library must open,
 * SQLite's integrity check must say "ok", and every paper's note must be the last text the window showed
 * as saved, or a text typed after it (a save that landed just before the kill, not yet shown): never an
 * older text, never a lost one. The same for highlights: every highlight the window listed is still
 * there, and its comment is the one it last listed or one typed after it. Some kills come during start-up.
 */
public final class NoteKills {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the kills found. */
    public record Result(int kills, int savesShown, int savesChecked, int killedDuringStartUp, List<String> violations,
                         long millis, int highlightsChecked, int typedChecked) {
        public String summary() {
            return "note kills: " + kills + " kills in " + millis / 1000 + " s, " + savesShown + " saves shown, "
                    + savesChecked + " notes checked after the kills, " + highlightsChecked
                    + " highlights checked, " + typedChecked + " notes checked as last typed (SIGTERM), "
                    + killedDuringStartUp + " kills during start-up, violations "
                    + violations.size();
        }
    }

    private NoteKills() {
    }

    /** {@code maxEditMillis}: how long the window edits, at most, before the kill (SIGKILL). */
    public static Result run(Path dir, int kills, long maxEditMillis, long seed) throws Exception {
        return run(dir, kills, maxEditMillis, seed, false);
    }

    /** The same, ending the window with SIGTERM when {@code terminate}: then every note must be the last typed. */
    public static Result run(Path dir, int kills, long maxEditMillis, long seed, boolean terminate) throws Exception {
        long start = System.currentTimeMillis();
        Path lib = dir.resolve("library.db");
        try (Library library = Library.open(lib)) {
            library.importFiles(List.of(TestFiles.copy(TestFiles.DAILY, dir)), LocalDate.of(2026, 5, 20));
        }
        Random random = new Random(seed);
        List<String> violations = new ArrayList<>();
        int shown = 0;
        int checked = 0;
        int duringStartUp = 0;
        int highlights = 0;
        int typedChecked = 0;
        for (int k = 0; k < kills; k++) {
            Map<Long, String> before = notes(lib);
            Map<Long, String> commentsBefore = comments(lib);
            Process p = JavaProcess.builder(dir.resolve("data"), NoteEditingWindow.headlessOptions(),
                    NoteEditingWindow.class.getName(), lib.toString(), dir.resolve("settings").toString(),
                    Long.toString(seed * 1000 + k)).redirectErrorStream(true).start();
            List<String> lines = new CopyOnWriteArrayList<>();
            Thread reader = new Thread(() -> {
                try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    for (String line; (line = r.readLine()) != null; ) {
                        lines.add(line);
                    }
                } catch (java.io.IOException ignored) {
                    // The process was killed: what was read is what it wrote.
                }
            });
            reader.start();
            // The last kill waits for a note the window showed as saved when none was checked yet, so the run
            // always checks saved notes, however the random kills fell.
            boolean needSave = k == kills - 1 && checked == 0;
            boolean early = !needSave && random.nextInt(10) == 0;
            if (early) {
                Thread.sleep(random.nextInt(2500));
            } else {
                long deadline = System.currentTimeMillis() + 60_000;
                while (lines.stream().noneMatch(l -> l.startsWith("ready ")) && System.currentTimeMillis() < deadline
                        && p.isAlive()) {
                    Thread.sleep(20);
                }
                while (needSave && lines.stream().noneMatch(l -> l.startsWith("saved ")) && System.currentTimeMillis() < deadline
                        && p.isAlive()) {
                    Thread.sleep(20);
                }
                Thread.sleep(300 + (long) (random.nextDouble() * maxEditMillis));
            }
            if (terminate && !early) {
                // Just after a text was typed, within the pause before it is saved: what the hook is there for.
                long typedSoFar = lines.stream().filter(l -> l.startsWith("typed ")).count();
                long deadline = System.currentTimeMillis() + 10_000;
                while (lines.stream().filter(l -> l.startsWith("typed ")).count() == typedSoFar
                        && System.currentTimeMillis() < deadline && p.isAlive()) {
                    Thread.sleep(5);
                }
                Thread.sleep(random.nextInt(100));
            }
            boolean readyBeforeKill = lines.stream().anyMatch(l -> l.startsWith("ready "));
            if (terminate) {
                p.destroy(); // SIGTERM: the shutdown hooks run
                if (!p.waitFor(30, TimeUnit.SECONDS)) {
                    violations.add("kill " + k + ": the window did not end within 30 s of SIGTERM");
                }
            }
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            reader.join(10_000);
            duringStartUp += readyBeforeKill ? 0 : 1;
            if (!readyBeforeKill && !early) {
                violations.add("kill " + k + ": the window never became ready: " + lines);
            }

            String where = "kill " + k;
            try {
                String integrity = KillCheck.integrity(lib);
                if (!"ok".equals(integrity)) {
                    violations.add(where + ": integrity_check says " + integrity);
                }
                Map<Long, String> after = notes(lib);
                Check c = check(lines, before, after);
                shown += c.shown;
                checked += c.checked;
                c.problems.forEach(x -> violations.add(where + ": " + x));
                if (terminate) {
                    Check last = checkLastTyped(lines, before, after);
                    typedChecked += last.checked;
                    last.problems.forEach(x -> violations.add(where + " (SIGTERM): " + x));
                }
                Map<Long, String> comments = comments(lib);
                highlights += comments.size();
                checkHighlights(lines, commentsBefore, comments).forEach(x -> violations.add(where + ": " + x));
            } catch (Exception e) {
                violations.add(where + ": the library does not open: " + e.getMessage());
            }
        }
        return new Result(kills, shown, checked, duringStartUp, violations, System.currentTimeMillis() - start,
                highlights, typedChecked);
    }

    record Check(int shown, int checked, List<String> problems) {
    }

    /** Every paper's note must be the last shown as saved, or typed after it; untouched papers keep theirs. */
    static Check check(List<String> lines, Map<Long, String> before, Map<Long, String> after) throws Exception {
        Map<Long, String> lastSaved = new HashMap<>();
        Map<Long, Set<String>> typedSince = new HashMap<>();
        Map<Long, Set<String>> typedAtAll = new HashMap<>();
        int shown = 0;
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            if (parts.length < 3 || !(parts[0].equals("typed") || parts[0].equals("saved"))) {
                continue;
            }
            long id = Long.parseLong(parts[1]);
            String text = JSON.readValue(parts[2], String.class);
            if (parts[0].equals("saved")) {
                lastSaved.put(id, text);
                typedSince.put(id, new HashSet<>());
                shown++;
            } else {
                typedSince.computeIfAbsent(id, x -> new HashSet<>()).add(text);
                typedAtAll.computeIfAbsent(id, x -> new HashSet<>()).add(text);
            }
        }
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (var e : after.entrySet()) {
            long id = e.getKey();
            String stored = e.getValue();
            Set<String> allowed = new HashSet<>();
            if (lastSaved.containsKey(id)) {
                allowed.add(lastSaved.get(id));
                allowed.addAll(typedSince.getOrDefault(id, Set.of()));
                checked++;
            } else {
                allowed.add(before.getOrDefault(id, ""));
                allowed.addAll(typedAtAll.getOrDefault(id, Set.of()));
            }
            if (!allowed.contains(stored)) {
                problems.add("paper " + id + " holds " + JSON.writeValueAsString(stored) + ", but the window had shown "
                        + JSON.writeValueAsString(lastSaved.getOrDefault(id, before.getOrDefault(id, "")))
                        + " as saved");
            }
        }
        return new Check(shown, checked, problems);
    }

    /**
     * After SIGTERM: every paper typed into holds the last text typed, or the one typed before it (or its note from
     * before the run) when the end came between the harness announcing a text and the text reaching the editor.
     */
    static Check checkLastTyped(List<String> lines, Map<Long, String> before, Map<Long, String> after)
            throws Exception {
        Map<Long, List<String>> typed = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            if (parts.length == 3 && parts[0].equals("typed")) {
                typed.computeIfAbsent(Long.parseLong(parts[1]), x -> new ArrayList<>())
                        .add(JSON.readValue(parts[2], String.class));
            }
        }
        List<String> problems = new ArrayList<>();
        for (var e : typed.entrySet()) {
            List<String> texts = e.getValue();
            String last = texts.get(texts.size() - 1);
            String previous = texts.size() > 1 ? texts.get(texts.size() - 2) : before.getOrDefault(e.getKey(), "");
            String stored = after.getOrDefault(e.getKey(), "");
            if (!stored.equals(last) && !stored.equals(previous)) {
                problems.add("paper " + e.getKey() + " holds " + JSON.writeValueAsString(stored)
                        + ", but the last text typed was " + JSON.writeValueAsString(last));
            }
        }
        return new Check(0, typed.size(), problems);
    }

    /**
     * Every highlight there before the run or listed by the window is still there, with the comment it last listed or one typed in that
     * run (a save that landed after the list was drawn, or just before the kill): never an older comment that
     * was not typed again, and never one that nobody typed.
     */
    static List<String> checkHighlights(List<String> lines, Map<Long, String> before, Map<Long, String> after)
            throws Exception {
        Map<Long, String> lastShown = new HashMap<>();
        Map<Long, Set<String>> typed = new HashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ", 3);
            if (parts.length < 3 || !(parts[0].equals("comment") || parts[0].equals("shown"))) {
                continue;
            }
            long id = Long.parseLong(parts[1]);
            String text = JSON.readValue(parts[2], String.class);
            if (parts[0].equals("shown")) {
                lastShown.put(id, text);
            } else {
                typed.computeIfAbsent(id, x -> new HashSet<>()).add(text);
            }
        }
        List<String> problems = new ArrayList<>();
        Set<Long> expected = new HashSet<>(lastShown.keySet());
        expected.addAll(before.keySet());
        for (long id : expected) {
            if (!after.containsKey(id)) {
                problems.add("highlight " + id + " was there or listed by the window but is gone");
            }
        }
        for (var e : after.entrySet()) {
            Set<String> allowed = new HashSet<>(typed.getOrDefault(e.getKey(), Set.of()));
            allowed.add(lastShown.getOrDefault(e.getKey(), before.getOrDefault(e.getKey(), "")));
            if (!allowed.contains(e.getValue())) {
                problems.add("highlight " + e.getKey() + " holds the comment " + JSON.writeValueAsString(e.getValue())
                        + ", but the window had listed " + JSON.writeValueAsString(lastShown.getOrDefault(e.getKey(), "")));
            }
        }
        return problems;
    }

    /** Every highlight's comment by highlight id. */
    private static Map<Long, String> comments(Path lib) throws Exception {
        Map<Long, String> out = new HashMap<>();
        try (Library library = Library.open(lib)) {
            for (Paper p : library.papers()) {
                p.highlights().forEach(h -> out.put(h.id(), h.comment()));
            }
        }
        return out;
    }

    private static Map<Long, String> notes(Path lib) throws Exception {
        Map<Long, String> out = new HashMap<>();
        try (Library library = Library.open(lib)) {
            for (Paper p : library.papers()) {
                out.put(p.id(), p.notes());
            }
        }
        return out;
    }
}
