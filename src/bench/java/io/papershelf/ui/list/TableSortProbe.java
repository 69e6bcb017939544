package io.papershelf.ui.list;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import io.papershelf.library.Library;
import io.papershelf.model.PaperRow;
import io.papershelf.ui.common.BackgroundExecutor;

/**
 * Sorts the real paper table ({@link PaperTableView}, its columns and comparators, its SortedList) holding
 * every row of a library, on the FX thread of a headless (Monocle) toolkit, as a click on a column header
 * does: the time of setting the sort order plus the table's next layout. It lives beside the view, in ui.list.
 */
public final class TableSortProbe {
    private TableSortProbe() {
    }

    /** Per column ("title ascending", ...): the times in ms of {@code runs} sorts after two warm-up rounds. */
    public static Map<String, List<Double>> sortTimes(Library library, int runs) throws Exception {
        startHeadless();
        Map<String, List<Double>> out = new LinkedHashMap<>();
        TableView<PaperRow> table = onFx(() -> {
            PaperListViewModel vm = new PaperListViewModel(library, new Immediate(), e -> {
                throw new IllegalStateException(e);
            });
            vm.reload();
            PaperTableView view = new PaperTableView(vm);
            Stage stage = new Stage();
            stage.setScene(new Scene(view.node(), 1200, 800));
            stage.show();
            return view.node();
        });
        int size = onFx(() -> table.getItems().size());
        if (size < 1000) {
            throw new IllegalStateException("the table holds only " + size + " rows");
        }
        // As header clicks do: a first click sorts by a column ascending, a second one turns it around. Each
        // column starts from the order of the one before, as when a person goes along the headers.
        for (int r = -2; r < runs; r++) {
            for (TableColumn<PaperRow, ?> column : onFx(() -> List.copyOf(table.getColumns()))) {
                double up = onFx(() -> {
                    column.setSortType(TableColumn.SortType.ASCENDING); // not in the sort order yet: no sort
                    long t0 = System.nanoTime();
                    table.getSortOrder().setAll(List.of(column));
                    table.layout();
                    return (System.nanoTime() - t0) / 1e6;
                });
                double down = onFx(() -> {
                    long t0 = System.nanoTime();
                    column.setSortType(TableColumn.SortType.DESCENDING);
                    table.layout();
                    return (System.nanoTime() - t0) / 1e6;
                });
                if (r >= 0) {
                    out.computeIfAbsent(column.getId() + " ascending", k -> new ArrayList<>()).add(up);
                    out.computeIfAbsent(column.getId() + " descending", k -> new ArrayList<>()).add(down);
                }
            }
        }
        onFx(() -> {
            table.getSortOrder().clear();
            table.getScene().getWindow().hide();
            return null;
        });
        return out;
    }

    private static void startHeadless() throws Exception {
        System.setProperty("glass.platform", "Monocle");
        System.setProperty("monocle.platform", "Headless");
        System.setProperty("prism.order", "sw");
        System.setProperty("prism.text", "t2k");
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        started.get(1, TimeUnit.MINUTES);
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        return f.get(5, TimeUnit.MINUTES);
    }

    /** Library work at once on the calling (FX) thread: fine for loading the table once. */
    private static final class Immediate implements BackgroundExecutor {
        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            try {
                onSuccess.accept(work.call());
            } catch (Exception e) {
                onFailure.accept(e);
            }
        }

        @Override
        public void shutdown() {
        }
    }
}
