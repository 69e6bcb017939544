package io.papershelf.ui.window;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;


import atlantafx.base.controls.CustomTextField;

import io.papershelf.library.Backups;
import io.papershelf.library.Library;
import io.papershelf.library.LinkPolicy;
import io.papershelf.library.Preferences;
import io.papershelf.model.Paper;
import io.papershelf.model.PaperRow;
import io.papershelf.model.Tag;
import io.papershelf.ui.common.BackgroundExecutor;
import io.papershelf.ui.common.Debouncer;
import io.papershelf.ui.common.LinkOpener;
import io.papershelf.ui.common.Theme;
import io.papershelf.ui.common.UiState;
import io.papershelf.ui.detail.DetailView;
import io.papershelf.ui.list.PaperTableView;
import io.papershelf.ui.list.SelectionKeeper;
import io.papershelf.ui.list.TableState;
import io.papershelf.ui.sidebar.SidebarItem;
import io.papershelf.ui.sidebar.SidebarView;

/**
 * The main window: menus, search, sidebar | paper list | detail, status bar. It builds the views, binds
 * them to the view models, handles keys and drops, and remembers its layout between runs.
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

    private static final String[] ICON_SIZES = {"16", "32", "48", "64", "128", "256"};

    private final Stage stage;
    private final Services s;
    private final MainViewModel vm;
    private final MainMenu menu;
    private final SidebarView sidebar;
    private final PaperTableView table;
    private final DetailView detail;
    private final CustomTextField search = new CustomTextField();
    private final SplitPane split = new SplitPane();
    private final WindowDialogs dialogs;
    private final Scene scene;
    private UiState.Appearance appearance;
    private Map<String, String> tagColors = new HashMap<>();
    private SelectionKeeper selectionKeeper;
    private final FileActions files;

    public MainWindow(Stage stage, Services services) {
        this.stage = stage;
        this.s = services;
        this.vm = new MainViewModel(services.library(), services.executor(), services.debouncers());
        this.dialogs = new WindowDialogs(stage);
        this.appearance = s.prefs().load("appearance", UiState.Appearance.class, UiState.Appearance.DEFAULT);
        this.menu = new MainMenu(new MenuActions());
        this.table = new PaperTableView(vm.list());
        this.sidebar = new SidebarView(vm.sidebar(), new SidebarActions(dialogs, vm));
        this.detail = new DetailView(vm.detail(), vm.sidebar().tagNames(), this::openLink, () -> tagColors,
                vm::trash);
        this.files = new FileActions(stage, services, vm, dialogs, this::selectedIds);

        BorderPane root = new BorderPane();
        root.setTop(new VBox(menu.node(), new SearchBar(search, vm.list(), table.node(), this::importListing).node()));
        split.setId("main-split");
        split.getItems().addAll(sidebar.node(), table.node(), detail.node());
        SplitPane.setResizableWithParent(sidebar.node(), false);
        EmptyStateView empty = new EmptyStateView(this::importListing);
        StackPane center = new StackPane(split, empty.node());
        empty.node().visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(() -> {
            var c = vm.sidebar().countsProperty().get();
            return vm.sidebar().loadedProperty().get() && c.all() == 0 && c.trash() == 0;
        }, vm.sidebar().countsProperty(), vm.sidebar().loadedProperty()));
        split.visibleProperty().bind(empty.node().visibleProperty().not());
        split.visibleProperty().addListener((o, was, now) -> {
            if (now) {
                table.node().requestFocus();
            }
        });
        root.setCenter(center);
        root.setBottom(StatusBar.of(vm));
        scene = new Scene(root);
        Theme.apply(scene, appearance.dark());
        menu.setDark(appearance.dark());
        menu.setSidebar(appearance.sidebarVisible());
        if (!appearance.sidebarVisible()) {
            split.getItems().remove(sidebar.node());
        }
        wire();
    }

    public Scene scene() {
        return scene;
    }

    public MainViewModel viewModel() {
        return vm;
    }

    /** Restores the remembered layout, shows the window and loads the library. */
    public void show() {
        stage.setTitle(vm.title());
        for (String size : ICON_SIZES) {
            var in = MainWindow.class.getResourceAsStream("/icons/papershelf-" + size + ".png");
            if (in != null) {
                stage.getIcons().add(new Image(in));
            }
        }
        UiState.WindowGeometry g = s.prefs().load("window", UiState.WindowGeometry.class,
                UiState.WindowGeometry.DEFAULT);
        stage.setWidth(Math.max(640, g.width()));
        stage.setHeight(Math.max(420, g.height()));
        if (!Double.isNaN(g.x()) && !Double.isNaN(g.y()) && onSomeScreen(g)) {
            stage.setX(g.x());
            stage.setY(g.y());
        }
        stage.setMaximized(g.maximized());
        stage.setMinWidth(640);
        stage.setMinHeight(420);
        TableState.restore(table.node(), s.prefs().load("table", UiState.TableLayout.class,
                UiState.TableLayout.DEFAULT));
        stage.setScene(scene);
        stage.show();
        UiState.Dividers d = s.prefs().load("dividers", UiState.Dividers.class, UiState.Dividers.DEFAULT);
        // Divider positions only hold once the split pane has its real width: set them at the first one.
        javafx.beans.value.ChangeListener<Number> first = new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> o, Number a, Number w) {
                if (w.doubleValue() > 0) {
                    split.widthProperty().removeListener(this);
                    javafx.application.Platform.runLater(() -> {
                        if (split.getItems().size() == 3) {
                            split.setDividerPositions(d.sidebar(), d.detail());
                        } else {
                            split.setDividerPositions(d.detail());
                        }
                    });
                }
            }
        };
        split.widthProperty().addListener(first);
        vm.start();
        javafx.application.Platform.runLater(() -> table.node().requestFocus());
    }

    private static boolean onSomeScreen(UiState.WindowGeometry g) {
        return javafx.stage.Screen.getScreensForRectangle(g.x(), g.y(), Math.min(g.width(), 200), 60).size() > 0;
    }

    /** Saves the note being edited and the window layout; the library is closed by the caller. */
    public void saveAndClose() {
        vm.flushAndWait();
        s.prefs().save("window", new UiState.WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(),
                stage.getHeight(), stage.isMaximized()));
        double[] pos = split.getDividerPositions();
        UiState.Dividers old = s.prefs().load("dividers", UiState.Dividers.class, UiState.Dividers.DEFAULT);
        s.prefs().save("dividers", pos.length == 2 ? new UiState.Dividers(pos[0], pos[1])
                : new UiState.Dividers(old.sidebar(), pos.length == 1 ? pos[0] : old.detail()));
        s.prefs().save("table", TableState.capture(table.node()));
        s.prefs().save("appearance", appearance);
    }

    private void wire() {
        TableView<PaperRow> t = table.node();
        t.getSelectionModel().getSelectedItems().addListener((ListChangeListener<PaperRow>) c -> selectionChanged());
        selectionKeeper = new SelectionKeeper(t, vm.list(), this::selectionChanged);
        t.setContextMenu(new javafx.scene.control.ContextMenu());
        fillContextMenu(t.getContextMenu());
        t.addEventFilter(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED,
                e -> fillContextMenu(t.getContextMenu()));
        t.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.SPACE && !e.isShortcutDown()) {
                toggleRead();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                openGithub();
                e.consume();
            }
        });
        vm.errorProperty().addListener((o, a, message) -> {
            if (message != null) {
                dialogs.error(message);
                vm.errorProperty().set(null);
            }
        });
        vm.lastImportProperty().addListener((o, a, outcomes) -> {
            if (outcomes != null) {
                dialogs.importSummary(outcomes);
            }
        });
        vm.sidebar().items().addListener((ListChangeListener<SidebarItem>) c -> {
            Map<String, String> colors = new HashMap<>();
            for (SidebarItem i : vm.sidebar().items()) {
                if (i instanceof SidebarItem.TagItem ti && ti.tag().color() != null) {
                    colors.put(ti.tag().name(), ti.tag().color());
                }
            }
            if (!colors.equals(tagColors)) {
                tagColors = colors;
                table.setTagColors(colors);
            }
        });
        scene().setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene().setOnDragDropped(e -> {
            boolean ok = e.getDragboard().hasFiles();
            if (ok) {
                importFiles(e.getDragboard().getFiles());
            }
            e.setDropCompleted(ok);
            e.consume();
        });
        stage.setOnCloseRequest(e -> {
            e.consume();
            s.app().quit();
        });
    }

    private boolean showingTrash() {
        return vm.list().filterProperty().get().trash();
    }

    /** The list's context menu, for what is selected and where: the Trash offers restore instead of delete. */
    private void fillContextMenu(javafx.scene.control.ContextMenu menu) {
        List<Long> ids = selectedIds();
        javafx.scene.control.MenuItem read = new javafx.scene.control.MenuItem("Toggle read");
        read.setOnAction(e -> toggleRead());
        javafx.scene.control.MenuItem github = new javafx.scene.control.MenuItem("Open on GitHub");
        github.setOnAction(e -> openGithub());
        Paper p = vm.detail().paperProperty().get();
        github.setDisable(p == null || p.githubUrls().isEmpty());
        javafx.scene.control.MenuItem move;
        if (showingTrash()) {
            move = new javafx.scene.control.MenuItem("Restore from Trash");
            move.setOnAction(e -> vm.restore(ids));
        } else {
            move = new javafx.scene.control.MenuItem("Move to Trash");
            move.setOnAction(e -> vm.trash(ids));
        }
        menu.getItems().setAll(read, github, new javafx.scene.control.SeparatorMenuItem(), move);
        menu.getItems().forEach(i -> i.setDisable(i.isDisable() || ids.isEmpty()));
    }

    private void selectionChanged() {
        if (selectionKeeper != null && selectionKeeper.restoring()) {
            return; // rows are being replaced; the selection is put back right after
        }
        List<Long> ids = selectedIds();
        vm.detail().select(ids);
    }

    private List<Long> selectedIds() {
        return table.node().getSelectionModel().getSelectedItems().stream().filter(r -> r != null)
                .map(PaperRow::id).toList();
    }

    // ---- actions ---------------------------------------------------------------------------------

    void importListing() {
        files.importListing();
    }

    /** Imports files (from the chooser or a drop); the summary dialog follows. */
    public void importFiles(List<File> list) {
        files.importFiles(list);
    }

    void toggleRead() {
        List<Long> ids = selectedIds();
        if (ids.isEmpty()) {
            return;
        }
        boolean anyUnread = table.node().getSelectionModel().getSelectedItems().stream().anyMatch(r -> !r.read());
        vm.detail().setRead(ids, anyUnread);
    }

    void openGithub() {
        Paper p = vm.detail().paperProperty().get();
        List<String> repos = p == null ? List.of() : LinkPolicy.repositories(p.githubUrls());
        if (!repos.isEmpty()) {
            openLink(repos.get(0));
        }
    }

    /** Only http and https links are handed to the browser; anything else is never opened. */
    void openLink(String url) {
        if (LinkPolicy.mayOpen(url)) {
            s.links().open(url);
        }
    }

    private final class MenuActions implements MainMenu.Actions {
        @Override
        public void importListing() {
            MainWindow.this.importListing();
        }

        @Override
        public void export() {
            files.export();
        }

        @Override
        public void newLibrary() {
            files.chooseLibrary(true);
        }

        @Override
        public void openLibrary() {
            files.chooseLibrary(false);
        }

        @Override
        public void restoreBackup() {
            Path file = s.library().file();
            s.executor().submit(() -> s.app().backups(file), list -> {
                Path chosen = new RestoreBackupDialog(stage, s.library().zone()).choose(file, list);
                if (chosen != null) {
                    s.app().restoreBackup(chosen);
                }
            }, e -> dialogs.error(MainViewModel.message(e)));
        }

        @Override
        public void quit() {
            s.app().quit();
        }

        @Override
        public void undo() {
            if (scene.getFocusOwner() instanceof TextInputControl text) {
                text.undo();
            } else {
                vm.undo();
            }
        }

        @Override
        public void delete() {
            if (scene.getFocusOwner() instanceof TextInputControl text) {
                text.deleteNextChar();
            } else if (!showingTrash()) {
                vm.trash(selectedIds());
            }
        }

        @Override
        public void selectAll() {
            if (scene.getFocusOwner() instanceof TextInputControl text) {
                text.selectAll();
            } else {
                table.node().getSelectionModel().selectAll();
            }
        }

        @Override
        public void find() {
            search.requestFocus();
            search.selectAll();
        }

        @Override
        public void dark(boolean on) {
            appearance = new UiState.Appearance(on, appearance.sidebarVisible());
            Theme.apply(scene, on);
        }

        @Override
        public void sidebar(boolean on) {
            appearance = new UiState.Appearance(appearance.dark(), on);
            if (on && !split.getItems().contains(sidebar.node())) {
                split.getItems().add(0, sidebar.node());
                split.setDividerPositions(UiState.Dividers.DEFAULT.sidebar(), UiState.Dividers.DEFAULT.detail());
            } else if (!on) {
                split.getItems().remove(sidebar.node());
            }
        }

        @Override
        public void showTrash() {
            vm.sidebar().selectView(SidebarItem.View.TRASH);
        }

        @Override
        public void refresh() {
            vm.start(); // shows what the command line (or another program) changed meanwhile
            vm.detail().reload();
        }

        @Override
        public void toggleRead() {
            MainWindow.this.toggleRead();
        }

        @Override
        public void openGithub() {
            MainWindow.this.openGithub();
        }

        @Override
        public void addTag() {
            if (selectedIds().size() == 1) {
                detail.tagInput().requestFocus();
            }
        }

        @Override
        public void editNote() {
            if (selectedIds().size() == 1) {
                detail.notesArea().requestFocus();
            }
        }

        @Override
        public void shortcuts() {
            List<String[]> keys = new ArrayList<>(menu.shortcuts());
            keys.add(new String[] {"Space", "Toggle read (in the list)"});
            keys.add(new String[] {"Enter", "Open on GitHub (in the list)"});
            keys.add(new String[] {"Esc", "Clear the search"});
            dialogs.shortcuts(keys);
        }

        @Override
        public void about() {
            dialogs.about(s.version(), s.library().file().toString());
        }
    }

    /** Tag names and colours (for tests). */
    List<Tag> tags() {
        return vm.sidebar().items().stream().filter(i -> i instanceof SidebarItem.TagItem)
                .map(i -> ((SidebarItem.TagItem) i).tag()).toList();
    }
}
