package io.papershelf.ui.window;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.fxmisc.richtext.StyleClassedTextArea;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.papershelf.library.Library;
import io.papershelf.library.LibraryLock;
import io.papershelf.library.Preferences;
import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.FxBackgroundExecutor;
import io.papershelf.ui.common.FxDebouncer;
import io.papershelf.ui.detail.HighlightsViewModel;
import io.papershelf.ui.detail.NotesAutosave;

/**
 * The real window, headless, editing notes and highlights like a person until it is killed: the crash
 * harness runs it as a separate process. It types into the note editor in bursts, pauses (the autosave after
 * a pause), moves to other papers (the save on selection change) and leaves the editor (the save on focus
 * loss); on some papers it highlights passages of the abstract and types comments on them instead. It writes
 * to standard output, flushed, before each edit {@code typed <id> <text>} and each time the window shows
 * "Saved" {@code saved <id> <text>}; for highlights {@code comment <highlight> <text>} before each comment
 * edit and, each time the pane shows a paper, {@code shown <highlight> <comment>} for every highlight it lists
 * (texts as JSON strings), so that after a kill the harness knows what the window had shown as stored.
 *
 * <p>Arguments: library file, settings folder, random seed.
 */
public final class NoteEditingWindow {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final String[] WORDS = {"method", "baseline", "ablation", "überprüfen", "résumé", "数据", "✓",
        "compare with WebShop", "see appendix B", "line\nbreak", "\"quoted\"", "tab\there", "(AND)", "*", "NEAR/2"};

    /** Held while a text is announced and put into the editor; SIGTERM takes it, so that typing stops then. */
    private static final java.util.concurrent.locks.ReentrantLock TYPING = new java.util.concurrent.locks.ReentrantLock();
    private static volatile boolean ending;

    private NoteEditingWindow() {
    }

    /** SIGTERM: no text is typed after this (a person cannot type into a window that is going away). */
    private static void stopTypingOnExit() {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                TYPING.tryLock(2, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            ending = true;
        }, "harness-stop-typing"));
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        Path settings = Path.of(args[1]);
        Random random = new Random(Long.parseLong(args[2]));
        stopTypingOnExit();
        LibraryLock lock = LibraryLock.acquire(file);
        Library library = Library.open(file);
        WindowState remembered = new WindowStateStore(new Preferences(settings)).load();
        AtomicReference<MainWindow> window = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            Stage stage = new Stage();
            MainWindow w = new MainWindow(stage, new MainWindow.Services(library, new FxBackgroundExecutor(),
                    FxDebouncer::new, url -> { }, new Preferences(settings), "crash-harness", new MainWindow.AppActions() {
                        @Override
                        public void openLibrary(Path f) {
                        }

                        @Override
                        public void quit() {
                        }
                    }), remembered);
            w.show();
            w.viewModel().detail().paperProperty().addListener((o, a, p) -> {
                if (p != null) {
                    p.highlights().forEach(h -> print("shown", h.id(), h.comment()));
                }
            });
            // What the note's "Saved" says (the detail pane makes its label only once a paper is selected).
            NotesAutosave notes = w.viewModel().detail().notes();
            notes.statusProperty().addListener((o, was, now) -> {
                if (now == NotesAutosave.Status.SAVED) {
                    print("saved", notes.paperId(), notes.text());
                }
            });
            window.set(w);
            shown.countDown();
        });
        shown.await();
        @SuppressWarnings("unchecked")
        TableView<PaperRow> table = (TableView<PaperRow>) onFx(() -> window.get().scene().lookup("#paper-table"));
        while (onFx(() -> table.getItems().size()) < 20) {
            Thread.sleep(50);
        }
        OUT.println("ready " + lock.file());
        int version = 0;
        while (true) {
            int row = random.nextInt(20);
            onFx(() -> {
                table.getSelectionModel().clearAndSelect(row);
                table.requestFocus();
                return null;
            });
            long id = onFx(() -> table.getItems().get(row).id());
            while (onFx(() -> window.get().viewModel().detail().notes().paperId()) != id) {
                Thread.sleep(10);
            }
            if (random.nextInt(3) == 0) {
                annotate(window.get(), id, random);
                continue;
            }
            // The detail pane makes its note editor when a paper is first selected.
            StyleClassedTextArea notes = (StyleClassedTextArea) onFx(() -> window.get().scene().lookup("#notes"));
            onFx(() -> {
                notes.requestFocus();
                return null;
            });
            int bursts = 1 + random.nextInt(6);
            for (int b = 0; b < bursts; b++) {
                String base = onFx(notes::getText);
                String next = random.nextInt(8) == 0 ? "" : (base.length() > 400 ? "" : base)
                        + "v" + (++version) + " " + WORDS[random.nextInt(WORDS.length)] + " ";
                TYPING.lock();
                try {
                    if (ending) {
                        Thread.sleep(Long.MAX_VALUE);
                    }
                    print("typed", id, next);
                    onFx(() -> {
                        notes.replaceText(next);
                        return null;
                    });
                } finally {
                    TYPING.unlock();
                }
                Thread.sleep(random.nextInt(4) == 0 ? 750 + random.nextInt(400) : random.nextInt(150));
            }
            if (random.nextBoolean()) {
                onFx(() -> {
                    table.requestFocus(); // focus leaves the editor
                    return null;
                });
                Thread.sleep(random.nextInt(100));
            }
        }
    }

    /** Highlights a passage of the shown paper's abstract, then types a comment on one of its highlights. */
    private static void annotate(MainWindow w, long id, Random random) throws Exception {
        HighlightsViewModel hl = w.viewModel().detail().highlights();
        Paper p = onFx(() -> w.viewModel().detail().paperProperty().get());
        if (p == null || p.id() != id || p.abstractText().length() < 60) {
            return;
        }
        int start = random.nextInt(p.abstractText().length() - 50);
        int end = start + 5 + random.nextInt(40);
        onFx(() -> {
            hl.add(id, Highlight.Field.ABSTRACT, start, end, random.nextInt(4));
            return null;
        });
        Thread.sleep(random.nextInt(300));
        Paper now = onFx(() -> w.viewModel().detail().paperProperty().get());
        if (now == null || now.id() != id || now.highlights().isEmpty()) {
            return;
        }
        Highlight h = now.highlights().get(random.nextInt(now.highlights().size()));
        String text = h.comment();
        for (int b = 1 + random.nextInt(4); b > 0; b--) {
            String next = (text.length() > 200 ? "" : text) + WORDS[random.nextInt(WORDS.length)] + " ";
            text = next;
            print("comment", h.id(), next);
            onFx(() -> {
                hl.editComment(id, h, next);
                return null;
            });
            Thread.sleep(random.nextInt(4) == 0 ? 750 + random.nextInt(400) : random.nextInt(150));
        }
        if (random.nextBoolean()) {
            onFx(() -> {
                hl.flush(); // the comment field loses the focus
                return null;
            });
        }
    }

    private static synchronized void print(String what, long id, String text) {
        try {
            OUT.println(what + " " + id + " " + JSON.writeValueAsString(text));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> work) throws Exception {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        Platform.runLater(task);
        return task.get();
    }

    /** The JVM options that make JavaFX run headless (Monocle), as the tests do. */
    public static List<String> headlessOptions() {
        return List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dprism.text=t2k", "-Djava.awt.headless=true", "-Dtestfx.headless=true");
    }
}
