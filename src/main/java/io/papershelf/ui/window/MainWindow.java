package io.papershelf.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

import io.papershelf.library.Backups;
import io.papershelf.library.Library;
import io.papershelf.library.Preferences;
import io.papershelf.library.Recommender;
import io.papershelf.model.Tag;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.Lazy;
import io.papershelf.ui.common.LinkOpener;
import io.papershelf.ui.common.UiState;
import io.papershelf.ui.detail.DetailView;
import io.papershelf.ui.list.ListContextMenu;
import io.papershelf.ui.list.ListKeys;
import io.papershelf.ui.list.PaperTableView;
import io.papershelf.ui.list.RankingBar;
import io.papershelf.ui.foryou.TrainingThread;
import io.papershelf.ui.sidebar.SidebarItem;
import io.papershelf.ui.sidebar.SidebarView;
import io.papershelf.ui.stats.StatisticsView;

/**
 * The main window: menus, search, sidebar | paper list | detail, status bar. It builds the views and
 * binds them to the view models; what the menus, keys and drops do lives in the classes it hands them to.
 */
public final class MainWindow {
    /** What only the application can do: switch the library, restore a backup, quit. */
    public interface AppActions {
        void openLibrary(Path file);

        void quit();

        /** The automatic backups of a library, newest first, with their papers (reads files: not on the FX thread). */
        default List<Backups.Summary> backups(Path library) {
            return List.of();
        }

        /** Puts a backup in the open library's place; the current file is kept beside it. */
        default void restoreBackup(Path backup) {
        }
    }

    /** Everything the window needs, handed in by the composition root. */
    public record Services(Library library, BackgroundExecutor executor, Debouncer.Factory debouncers,
                           LinkOpener links, Preferences prefs, String version, AppActions app) {
    }

    private final Stage stage;
    private final MainViewModel vm;
    private final LinkOpener links;
    private final WindowState remembered;
    private final ClosingWindow closing;
    private final LayoutOnExit layoutOnExit;
    private final UnsavedOnExit unsavedOnExit;
    private final PaperTableView table;
    private final MainSplit split;
    private final FileActions files;
    private SelectionActions selection; // set once in the constructor; the table and file actions reach it later
    private final EditActions edit;
    private final WindowAppearance appearance;
    private final DetailView detail;
    private final Scene scene;
    private final FocusFlow focus;
    private final WindowMenuActions menu;
    private final Preferences prefs;

    /**
     * Builds the window (FX thread, no file or library work) with what it remembered ({@link WindowStateStore#load},
     * read off the FX thread by the caller).
     */
    public MainWindow(Stage stage, Services services, WindowState remembered) {
        this.stage = stage;
        this.remembered = remembered;
        this.vm = new MainViewModel(services.library(), services.executor(), services.debouncers(),
                new MainViewModel.ForYouParts(Recommender.beside(services.library().file()), TrainingThread.start(),
                        Platform::runLater));
        this.links = new ReportedLinks(services.links(), vm);
        this.prefs = services.prefs();
        WindowDialogs dialogs = new WindowDialogs(stage);
        this.table = new PaperTableView(vm.list(), row -> this.selection.toggleRead(row));
        SidebarView sidebar = new SidebarView(vm.sidebar(), new SidebarActions(dialogs, vm));
        this.detail = new DetailView(vm.detail(), vm.sidebar().tagNames(), links::open,
                () -> vm.sidebar().tagColorsProperty().get(), ids -> this.selection.moveToTrash(ids));
        this.files = new FileActions(stage, services, vm, dialogs, () -> this.selection.ids(),
                remembered.importFolder().path());
        SearchBar search = new SearchBar(vm.list(), table.node(), files::importListing);
        this.selection = new SelectionActions(vm, table, links, detail, search::focus);
        VBox listPane = new VBox(new RankingBar(vm.list(), selection).node(), table.node());
        VBox.setVgrow(table.node(), Priority.ALWAYS);
        this.split = new MainSplit(sidebar.node(), listPane, detail.node());
        // Made the first time it is asked for: its charts are not needed to start (docs/performance.md, Start-up).
        Lazy<StatisticsView> statistics = new Lazy<>(() -> new StatisticsView(vm.statistics(), files::chooseImageFile));
        vm.sidebar().statisticsProperty().addListener((o, was, now) ->
                split.showInstead(now ? statistics.get().node() : null));
        vm.onSelectPapers(this::selectPapers);

        BorderPane root = new BorderPane();
        root.setCenter(new StackPane(split.node(), emptyState().node(), new NoticeBar(vm.noticeProperty()).node()));
        root.setBottom(StatusBar.of(vm));
        scene = new Scene(root);
        this.appearance = new WindowAppearance(remembered.appearance(), scene, split);
        this.edit = new EditActions(scene, vm, selection, search);
        this.menu = new WindowMenuActions(services, vm, dialogs, files, selection, edit, appearance, detail,
                table);
        root.setTop(new VBox(menu.menu().node(), search.node()));

        table.onSelection(vm.detail()::select);
        ListKeys.install(table, selection);
        new ListContextMenu(table, vm.list(), selection);
        this.focus = new FocusFlow(scene, table.node(), detail.node(), sidebar.list());
        vm.sidebar().tagColorsProperty().addListener((o, a, colors) -> table.setTagColors(colors));
        Notices.follow(vm, dialogs);
        vm.lastImportProperty().addListener((o, a, outcomes) -> {
            if (outcomes != null) {
                focus.toListUnlessTyping();
            }
        });
        files.acceptDrops(scene);
        SuggestionKeys.install(scene, i -> vm.detail().acceptSuggestion(i), selection::acceptLikeTag);
        this.closing = new ClosingWindow(vm, services.executor(), dialogs::notSavedOnClose);
        this.layoutOnExit = new LayoutOnExit(this::layout, new WindowStateStore(prefs));
        this.unsavedOnExit = new UnsavedOnExit(vm.detail().unsaved(), services.library().file());
        stage.setOnCloseRequest(e -> {
            e.consume();
            services.app().quit();
        });
    }

    /** Shown instead of the panes while the library is empty (and its Trash too); the list has the focus after. */
    private EmptyStateView emptyState() {
        EmptyStateView empty = new EmptyStateView(files::importListing, () -> edit.paste(),
                () -> vm.imports().importSample());
        empty.standInFor(split.node(), Bindings.createBooleanBinding(() -> {
            var c = vm.sidebar().countsProperty().get();
            return vm.sidebar().loadedProperty().get() && c.all() == 0 && c.trash() == 0;
        }, vm.sidebar().countsProperty(), vm.sidebar().loadedProperty()));
        split.node().visibleProperty().addListener((o, was, now) -> {
            if (now) {
                table.node().requestFocus();
            }
        });
        return empty;
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** Selects these papers in the list (those in it) and shows the first; the list takes the focus. */
    private void selectPapers(List<Long> ids) {
        var t = table.node();
        t.getSelectionModel().clearSelection();
        for (int i = 0; i < t.getItems().size(); i++) {
            if (ids.contains(t.getItems().get(i).id())) {
                t.getSelectionModel().select(i);
            }
        }
        if (!t.getSelectionModel().isEmpty()) {
            t.scrollTo(t.getSelectionModel().getSelectedIndex());
            t.requestFocus();
        }
    }

    /**
     * Puts back the remembered layout, shows the window (in place of what the stage showed, keeping its size and
     * place; a stage not shown yet takes the remembered ones) and loads the library.
     */
    public void show() {
        stage.setTitle(vm.title());
        if (!stage.isShowing()) {
            WindowPlacement.apply(stage, remembered.geometry());
        }
        table.restoreLayout(remembered.table());
        table.showSummaries(remembered.lines().summaries());
        menu.menu().setSummaries(table.showsSummaries());
        stage.setScene(scene);
        stage.show();
        split.restoreDividers(remembered.dividers());
        detail.setNoteDivider(remembered.noteDivider().position());
        vm.sidebar().rememberUnreadOnly(prefs);
        vm.start();
        layoutOnExit.install(stage, table.node());
        unsavedOnExit.install();
        Platform.runLater(() -> table.node().requestFocus());
    }

    /**
     * Closing, without waiting on the FX thread: saves what was typed (the note, a highlight's comment), and once the
     * library has it, hands the window's layout to {@code closed} (FX thread), which saves it and closes the library.
     * If a save fails, the window says so and stays open with the text; {@code closed} is not called then. Tasks that
     * may stop (an import between files) are asked to. Ended without it (SIGTERM), the process saves the layout and
     * what was typed last in shutdown hooks ({@link LayoutOnExit}, {@link UnsavedOnExit}).
     */
    public void close(Consumer<WindowState> closed) {
        closing.close(() -> {
            layoutOnExit.remove(); // closed the ordinary way: "closed" saves the layout
            unsavedOnExit.remove(); // closed the ordinary way: everything typed is saved by now
            vm.stopRanking(); // a training under way is interrupted; its files are written aside, then moved
            closed.accept(layout());
        });
    }

    /** What saves the layout if the process is ended without closing the window (for tests). */
    LayoutOnExit layoutOnExit() {
        return layoutOnExit;
    }

    /** What saves the text typed last if the process is ended without closing the window (for tests). */
    UnsavedOnExit unsavedOnExit() {
        return unsavedOnExit;
    }

    /** What the window would remember now (FX thread, no files). */
    WindowState layout() {
        return new WindowState(WindowPlacement.of(stage), split.dividers(remembered.dividers()), table.layout(),
                appearance.current(), new UiState.ListLines(table.showsSummaries()),
                new UiState.NoteDivider(detail.noteDivider()),
                new UiState.ImportFolder(files.importFolder()));
    }

    /** Imports files (from the chooser or a drop); a notice tells what came of it. */
    public void importFiles(List<File> list) {
        files.importFiles(list);
    }

    /**
     * Files handed over by another Papershelf process ("Open with Papershelf" on a file while this window has
     * the library open): the window comes to the front and imports them.
     */
    public void openWith(List<Path> paths) {
        if (stage.isIconified()) {
            stage.setIconified(false);
        }
        stage.toFront();
        stage.requestFocus();
        vm.importFiles(paths);
    }

    /** Exports as File > Export… does once its file is chosen (for tests). */
    void exportTo(io.papershelf.model.ExportFormat format, boolean selectionOnly, Path target) {
        files.exportTo(format, selectionOnly, target);
    }

    /** File > Export… > Notes folder, without the folder chooser (for tests). */
    void exportNotes(Path folder) {
        files.exportNotesTo(null, folder);
    }

    /** Only http and https links reach the browser; one that fails is said and copied (for tests). */
    void openLink(String url) {
        links.open(url);
    }

    /** Tag names and colours (for tests). */
    List<Tag> tags() {
        return vm.sidebar().items().stream().filter(i -> i instanceof SidebarItem.TagItem)
                .map(i -> ((SidebarItem.TagItem) i).tag()).toList();
    }
}
