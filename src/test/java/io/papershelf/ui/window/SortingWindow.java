package io.papershelf.ui.window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import io.papershelf.library.Library;
import io.papershelf.library.Preferences;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.FxBackgroundExecutor;
import io.papershelf.ui.common.FxDebouncer;

/**
 * The real window, headless, in a process of its own: once its papers show, it sorts the list by date, newest first,
 * prints {@code sorted}, and waits to be ended (SIGTERM) without being closed.
 *
 * <p>Arguments: library file, settings folder.
 */
public final class SortingWindow {
    private SortingWindow() {
    }

    public static void main(String[] args) throws Exception {
        Library library = Library.open(Path.of(args[0]));
        Preferences prefs = new Preferences(Path.of(args[1]));
        WindowState remembered = new WindowStateStore(prefs).load();
        AtomicReference<TableView<PaperRow>> table = new AtomicReference<>();
        CountDownLatch shown = new CountDownLatch(1);
        Platform.startup(() -> {
            MainWindow w = new MainWindow(new Stage(), new MainWindow.Services(library, new FxBackgroundExecutor(),
                    FxDebouncer::new, url -> { }, prefs, "sigterm", TestWindow.NO_APP), remembered);
            w.show();
            @SuppressWarnings("unchecked")
            TableView<PaperRow> t = (TableView<PaperRow>) w.scene().lookup("#paper-table");
            table.set(t);
            shown.countDown();
        });
        shown.await();
        while (size(table.get()) < 50) {
            Thread.sleep(50);
        }
        CountDownLatch sorted = new CountDownLatch(1);
        Platform.runLater(() -> {
            TableView<PaperRow> t = table.get();
            TableColumn<PaperRow, ?> published = t.getColumns().stream().filter(c -> "published".equals(c.getId()))
                    .findFirst().orElseThrow();
            published.setSortType(TableColumn.SortType.DESCENDING);
            t.getSortOrder().setAll(List.of(published));
            Platform.runLater(sorted::countDown); // after the pulse that takes the layout
        });
        sorted.await();
        Thread.sleep(500);
        System.out.println("sorted");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static int size(TableView<PaperRow> t) throws InterruptedException {
        AtomicReference<Integer> n = new AtomicReference<>();
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            n.set(t.getItems().size());
            done.countDown();
        });
        done.await();
        return n.get();
    }
}
