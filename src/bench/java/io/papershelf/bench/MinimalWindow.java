package io.papershelf.bench;

import javafx.application.Application;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;

import io.papershelf.app.StartupProbe;

/**
 * The floor of the window's start-up (issue 16): the least a JavaFX window with the app's kinds of controls costs
 * in the same JVM, with the same options and the same jar on the class path: a menu bar, a table, a list and a text
 * area, in JavaFX's own theme, no library, no files. It prints the app's probe line ({@code startup-probe shown
 * after N ms}) once it has shown it, so that {@link AppStartBench} times it as it times the app.
 * Run as {@code java -Xmx.. -cp papershelf.jar:bench-classes io.papershelf.bench.MinimalWindow} (the class with
 * {@code main} is not the {@link Application}, as the app's {@code Main}: JavaFX then loads from the class path).
 */
public final class MinimalWindow {
    private MinimalWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Floor.class, args);
    }

    /** The window itself. */
    public static final class Floor extends Application {
        @Override
        public void start(Stage stage) {
            show(stage);
        }
    }

    static void show(Stage stage) {
        MenuBar menus = new MenuBar();
        for (String name : new String[] {"File", "Edit", "View", "Help"}) {
            Menu m = new Menu(name);
            m.getItems().addAll(new MenuItem(name + " one"), new MenuItem(name + " two"));
            menus.getMenus().add(m);
        }
        TableView<String> table = new TableView<>(FXCollections.observableArrayList());
        for (String name : new String[] {"Title", "Published", "Organisation", "Tags"}) {
            TableColumn<String, String> c = new TableColumn<>(name);
            c.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue()));
            table.getColumns().add(c);
        }
        ListView<String> list = new ListView<>(FXCollections.observableArrayList("All papers", "Unread", "Read"));
        TextArea text = new TextArea();
        BorderPane root = new BorderPane(new SplitPane(list, table, text));
        root.setTop(menus);
        stage.setTitle("Papershelf floor");
        stage.setScene(new Scene(root, 1280, 800));
        stage.show();
        // As the app's probe: right after show(); the benchmark then waits until X has mapped the window.
        System.out.println("startup-probe shown after " + StartupProbe.millisSinceStart() + " ms");
        System.out.flush();
    }
}
