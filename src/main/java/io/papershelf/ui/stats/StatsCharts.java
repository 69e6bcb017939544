package io.papershelf.ui.stats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Tooltip;

import io.papershelf.model.ReadingStats;

/**
 * The four charts of the statistics view, made once and filled again with each new set of numbers: papers added
 * and read per week (bars side by side), the unread backlog (a line), and the organisations and tags with most
 * papers (horizontal bars, most on top, each bar a click away from its papers). JavaFX's own charts, styled by the
 * theme's stylesheet and stats.css.
 */
final class StatsCharts {
    private static final int NAME_LENGTH = 28;

    final BarChart<String, Number> weekly = new BarChart<>(new CategoryAxis(), integerAxis());
    final LineChart<String, Number> backlog = new LineChart<>(new CategoryAxis(), integerAxis());
    final BarChart<Number, String> organizations = new BarChart<>(integerAxis(), new CategoryAxis());
    final BarChart<Number, String> tags = new BarChart<>(integerAxis(), new CategoryAxis());

    StatsCharts() {
        setUp(weekly, "weekly", "Papers added and read per week");
        setUp(backlog, "backlog", "Unread papers at the end of each week");
        setUp(organizations, "organizations", "Organisations with most papers");
        setUp(tags, "tags", "Tags with most papers");
        weekly.getXAxis().setLabel("ISO week");
        backlog.getXAxis().setLabel("ISO week");
        weekly.setCategoryGap(6);
        weekly.setBarGap(1);
        backlog.setCreateSymbols(false);
        backlog.setLegendVisible(false);
        organizations.setLegendVisible(false);
        tags.setLegendVisible(false);
    }

    List<XYChart<?, ?>> all() {
        return List.of(weekly, backlog, organizations, tags);
    }

    private static NumberAxis integerAxis() {
        NumberAxis axis = new NumberAxis();
        axis.setMinorTickVisible(false);
        axis.setForceZeroInRange(true);
        axis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(axis) {
            @Override
            public String toString(Number n) {
                return n.doubleValue() == Math.rint(n.doubleValue()) ? Long.toString(n.longValue()) : "";
            }
        });
        return axis;
    }

    /**
     * Whole numbers from 0 to a round number at or above {@code max}; with {@code headroom}, clear above it, so that the
     * week's top bar or the backlog's peak does not touch the chart's top edge.
     */
    private static void scale(NumberAxis axis, int max, boolean headroom) {
        int unit = StatsText.tickUnit(Math.max(1, max));
        axis.setAutoRanging(false);
        axis.setLowerBound(0);
        axis.setTickUnit(unit);
        axis.setUpperBound(headroom ? StatsText.topWithHeadroom(max, unit) : (Math.max(1, max) + unit - 1) / unit * unit);
    }

    private static void setUp(XYChart<?, ?> chart, String id, String title) {
        chart.setId("stats-" + id);
        chart.getStyleClass().add("ps-stats-" + id);
        chart.setTitle(title);
        chart.setAnimated(false);
        chart.setMinHeight(220);
        chart.setPrefHeight(270);
    }

    void fill(ReadingStats s, Consumer<String> openOrganization, Consumer<String> openTag) {
        XYChart.Series<String, Number> added = new XYChart.Series<>();
        added.setName("Added");
        XYChart.Series<String, Number> read = new XYChart.Series<>();
        read.setName("Read");
        XYChart.Series<String, Number> unread = new XYChart.Series<>();
        unread.setName("Unread");
        for (ReadingStats.Week w : s.weeks()) {
            String week = StatsText.weekAxis(w);
            added.getData().add(tipped(new XYChart.Data<>(week, w.added()), w.label() + ": " + papers(w.added()) + " added"));
            read.getData().add(tipped(new XYChart.Data<>(week, w.read()), w.label() + ": " + papers(w.read()) + " read"));
            unread.getData().add(new XYChart.Data<>(week, w.backlog()));
        }
        weekly.getData().setAll(List.of(added, read));
        backlog.getData().setAll(List.of(unread));
        scale((NumberAxis) weekly.getYAxis(), s.weeks().stream().mapToInt(w -> Math.max(w.added(), w.read())).max().orElse(0),
                true);
        scale((NumberAxis) backlog.getYAxis(), s.weeks().stream().mapToInt(ReadingStats.Week::backlog).max().orElse(0), true);
        scale((NumberAxis) organizations.getXAxis(), s.organizations().stream().mapToInt(ReadingStats.Count::papers).max()
                .orElse(0), false);
        scale((NumberAxis) tags.getXAxis(), s.tags().stream().mapToInt(ReadingStats.Count::papers).max().orElse(0), false);
        ranking(organizations, s.organizations(), openOrganization);
        ranking(tags, s.tags(), openTag);
    }

    /** Horizontal bars, most papers on top; a click on a bar opens its papers. */
    private static void ranking(BarChart<Number, String> chart, List<ReadingStats.Count> counts, Consumer<String> open) {
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        Set<String> used = new HashSet<>();
        List<XYChart.Data<Number, String>> bars = new ArrayList<>();
        for (ReadingStats.Count c : counts) {
            String label = StatsText.shortName(c.name(), NAME_LENGTH);
            for (int n = 2; !used.add(label); n++) {
                label = StatsText.shortName(c.name(), NAME_LENGTH - 4) + " (" + n + ")";
            }
            XYChart.Data<Number, String> bar = new XYChart.Data<>(c.papers(), label);
            bar.setExtraValue(c.name());
            bars.add(0, bar); // a category axis draws its first category at the bottom
        }
        series.getData().setAll(bars);
        chart.setCategoryGap(8);
        chart.setPrefHeight(Math.min(340, 90 + 30 * Math.max(2, bars.size()))); // a few bars stay bars, not blocks
        chart.setMinHeight(chart.getPrefHeight());
        chart.setMaxHeight(chart.getPrefHeight());
        ((CategoryAxis) chart.getYAxis()).getCategories().setAll(bars.stream().map(XYChart.Data::getYValue).toList());
        chart.getData().setAll(List.of(series));
        for (XYChart.Data<Number, String> bar : bars) {
            String name = (String) bar.getExtraValue();
            whenShown(bar, node -> {
                node.getStyleClass().add("ps-stats-bar");
                node.setUserData(name);
                node.setCursor(Cursor.HAND);
                Tooltip.install(node, new Tooltip(name + ": " + papers(bar.getXValue().intValue())
                        + " — click to show them"));
                node.setOnMouseClicked(e -> open.accept(name));
            });
        }
    }

    private static <X, Y> XYChart.Data<X, Y> tipped(XYChart.Data<X, Y> data, String tip) {
        whenShown(data, node -> Tooltip.install(node, new Tooltip(tip)));
        return data;
    }

    private static <X, Y> void whenShown(XYChart.Data<X, Y> data, Consumer<Node> setUp) {
        if (data.getNode() != null) {
            setUp.accept(data.getNode());
        }
        data.nodeProperty().addListener((o, was, node) -> {
            if (node != null) {
                setUp.accept(node);
            }
        });
    }

    private static String papers(int n) {
        return n == 1 ? "1 paper" : n + " papers";
    }
}
