package io.papershelf.ui.stats;

import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.SnapshotParameters;
import javafx.scene.chart.XYChart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;

import javax.imageio.ImageIO;

import io.papershelf.model.ReadingStats;

/**
 * The statistics: which papers they are of (the view the list showed, or the whole library), four numbers
 * (papers, read, with code, median time to read) and four charts; a sentence instead of the charts while there
 * are too few papers. Right-click a chart to save it as a PNG image.
 */
public final class StatisticsView {
    private static final String SHEET = StatisticsView.class.getResource("stats.css").toExternalForm();

    /** Asks where to save an image (a file chooser in the window); null: not saved. */
    @FunctionalInterface
    public interface ImageTarget {
        Path choose(String suggestedFileName);
    }

    private final StatisticsViewModel vm;
    private final ImageTarget target;
    private final StatsCharts charts = new StatsCharts();
    private final ScrollPane root;
    private final Label papers = new Label();
    private final Label read = new Label();
    private final Label withCode = new Label();
    private final Label median = new Label();
    private final Label message = new Label();
    private final GridPane grid = new GridPane();

    public StatisticsView(StatisticsViewModel vm, ImageTarget target) {
        this.vm = vm;
        this.target = target;
        VBox content = new VBox(16, header(), summary(), message, charts());
        content.setPadding(new Insets(18, 22, 22, 22));
        content.getStyleClass().add("ps-stats");
        message.setId("stats-message");
        message.setWrapText(true);
        message.getStyleClass().add("ps-stats-message");
        root = new ScrollPane(content);
        root.setId("statistics");
        root.setFitToWidth(true);
        root.getStylesheets().add(SHEET);
        root.getStyleClass().add("ps-stats-pane");
        charts.all().forEach(this::offerSaving);
        vm.statsProperty().addListener((o, was, s) -> show(s));
        show(vm.statsProperty().get());
    }

    public Region node() {
        return root;
    }

    private HBox header() {
        Label title = new Label("Statistics");
        title.getStyleClass().add("ps-stats-title");
        ToggleGroup scope = new ToggleGroup();
        ToggleButton view = new ToggleButton();
        view.setId("stats-scope-view");
        view.textProperty().bind(vm.viewLabelProperty());
        ToggleButton library = new ToggleButton("Whole library");
        library.setId("stats-scope-library");
        view.getStyleClass().add("left-pill");
        library.getStyleClass().add("right-pill");
        view.setToggleGroup(scope);
        library.setToggleGroup(scope);
        (vm.wholeLibraryProperty().get() ? library : view).setSelected(true);
        scope.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true); // one of the two is always chosen
            } else {
                vm.wholeLibraryProperty().set(now == library);
            }
        });
        HBox choice = new HBox(view, library);
        choice.visibleProperty().bind(vm.narrowedProperty());
        choice.managedProperty().bind(vm.narrowedProperty());
        HBox header = new HBox(16, title, choice);
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private HBox summary() {
        HBox tiles = new HBox(12, tile(papers, "papers", "stats-papers"), tile(read, "read", "stats-read"),
                tile(withCode, "with code", "stats-code"), tile(median, "median time from added to read", "stats-median"));
        tiles.getChildren().forEach(t -> HBox.setHgrow(t, Priority.ALWAYS));
        return tiles;
    }

    private static VBox tile(Label value, String caption, String id) {
        value.setId(id);
        value.getStyleClass().add("ps-stats-number");
        Label words = new Label(caption);
        words.getStyleClass().add("ps-stats-caption");
        words.setWrapText(true);
        VBox tile = new VBox(2, value, words);
        tile.getStyleClass().add("ps-stats-tile");
        tile.setMaxWidth(Double.MAX_VALUE);
        return tile;
    }

    private GridPane charts() {
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        grid.getColumnConstraints().addAll(half, half);
        grid.setHgap(16);
        grid.setVgap(16);
        grid.add(charts.weekly, 0, 0);
        grid.add(charts.backlog, 1, 0);
        grid.add(charts.organizations, 0, 1);
        grid.add(charts.tags, 1, 1);
        GridPane.setValignment(charts.organizations, javafx.geometry.VPos.TOP);
        GridPane.setValignment(charts.tags, javafx.geometry.VPos.TOP);
        return grid;
    }

    private void show(ReadingStats s) {
        if (s == null) {
            return;
        }
        papers.setText(Integer.toString(s.papers()));
        read.setText(s.read() + " · " + StatsText.percent(s.read(), s.papers()));
        withCode.setText(StatsText.percent(s.withCode(), s.papers()));
        median.setText(StatsText.duration(s.medianDaysToRead()));
        String few = StatsText.tooFew(s);
        message.setText(few == null ? "" : few);
        message.setVisible(few != null);
        message.setManaged(few != null);
        grid.setVisible(few == null);
        grid.setManaged(few == null);
        if (few == null) {
            charts.fill(s, vm::openOrganization, vm::openTag);
            charts.organizations.setVisible(!s.organizations().isEmpty());
            charts.tags.setVisible(!s.tags().isEmpty());
        }
    }

    /** Right-click a chart: "Save image as PNG…". */
    private void offerSaving(XYChart<?, ?> chart) {
        MenuItem save = new MenuItem("Save image as PNG…");
        save.setId("save-chart-png");
        save.setOnAction(e -> save(chart));
        ContextMenu menu = new ContextMenu(save);
        chart.setOnContextMenuRequested(e -> {
            menu.show(chart, e.getScreenX(), e.getScreenY());
            e.consume();
        });
    }

    private void save(XYChart<?, ?> chart) {
        Path file = target.choose(chart.getId().replace("stats-", "papershelf-") + ".png");
        if (file == null) {
            return;
        }
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(background());
        WritableImage image = chart.snapshot(params, null);
        var pixels = SwingFXUtils.fromFXImage(image, null);
        vm.saveImage(file, to -> {
            if (!ImageIO.write(pixels, "png", to.toFile())) {
                throw new java.io.IOException("no PNG writer in this Java");
            }
        });
    }

    /** The theme's background, so that the image reads like the window in light and dark alike. */
    private Color background() {
        var bg = root.getContent() instanceof Region r ? r.getBackground() : null;
        if (bg != null && !bg.getFills().isEmpty() && bg.getFills().get(0).getFill() instanceof Color c) {
            return c;
        }
        return Color.WHITE;
    }
}
