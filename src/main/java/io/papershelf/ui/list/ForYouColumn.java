package io.papershelf.ui.list;

import java.util.List;
import java.util.Locale;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Duration;

import org.kordamp.ikonli.feather.Feather;

import io.papershelf.library.Scores;
import io.papershelf.model.PaperRow;
import io.papershelf.model.TermWeight;
import io.papershelf.ui.common.Styles;

/**
 * The list's narrow "For you" column (a star in its header): a small bar for where each paper stands among all papers by likeness to
 * what the user read or tagged (in "More like this", to the tag's papers), the terms that drove it in the
 * tooltip. Sorted descending (its arrow pointing down, as a column of numbers shows the most first) it puts the most
 * alike first; ascending, the least alike first; without scores (too few papers
 * to learn from, the first training running) the bars are empty, the column steps aside, and its order is
 * upvotes, then date.
 */
final class ForYouColumn {
    static final String ID = "foryou";
    /** The bar's length at 1 (the best paper). */
    static final double BAR_WIDTH = 36;

    private final ListRanking ranking;
    private final TableColumn<PaperRow, PaperRow> column = new TableColumn<>("For you");

    ForYouColumn(ListRanking ranking) {
        this.ranking = ranking;
        column.setId(ID);
        // A star and the sort arrow over a 36 px bar, as narrow as the upvotes and comments: the title keeps the room.
        column.setPrefWidth(64);
        column.setMinWidth(60);
        column.setMaxWidth(90);
        column.setCellValueFactory(cd -> new javafx.beans.property.ReadOnlyObjectWrapper<>(cd.getValue()));
        column.setCellFactory(c -> new ScoreCell());
        PaperColumns.headerIcon(column, Feather.STAR, "For you",
                "For you: papers most like the ones you read or tagged first (Ctrl+Shift+Y)");
    }

    TableColumn<PaperRow, PaperRow> column() {
        return column;
    }

    /** Descending: most alike first; ascending: least alike first; papers without a score last either way. */
    RowOrder.Order order() {
        Scores s = ranking.shownScores();
        return new RowOrder.Order(s.ready() ? s.leastFirst() : s.order(), s.order());
    }

    /** Whether the paper has no bar to show (no scores, or a paper not scored yet). */
    boolean empty(PaperRow row) {
        return Double.isNaN(ranking.shownScores().bar(row.id()));
    }

    /** The bar; its tooltip asks for the terms behind the score when it shows. */
    private final class ScoreCell extends TableCell<PaperRow, PaperRow> {
        private final Region fill = new Region();
        private final StackPane track = new StackPane(fill);
        private final Tooltip tip = new Tooltip();
        private double bar = Double.NaN;
        /** A new ranking, or another model shown: the bar is drawn again (the table's cells are not made anew). */
        private final InvalidationListener rescored = o -> show(getItem(), isEmpty());

        ScoreCell() {
            ranking.rankingProperty().addListener(new WeakInvalidationListener(rescored));
            ranking.likeTagProperty().addListener(new WeakInvalidationListener(rescored));
            setAlignment(Pos.CENTER_LEFT);
            track.getStyleClass().add(Styles.SCORE_TRACK);
            fill.getStyleClass().add(Styles.SCORE_FILL);
            track.setAlignment(Pos.CENTER_LEFT);
            track.setMinSize(BAR_WIDTH, 6);
            track.setMaxSize(BAR_WIDTH, 6);
            fill.setMaxHeight(6);
            tip.setShowDelay(Duration.millis(400));
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            tip.setOnShowing(e -> explain());
        }

        @Override
        protected void updateItem(PaperRow row, boolean empty) {
            super.updateItem(row, empty);
            show(row, empty);
        }

        private void show(PaperRow row, boolean empty) {
            bar = empty || row == null ? Double.NaN : ranking.shownScores().bar(row.id());
            if (Double.isNaN(bar)) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            double width = Math.max(2, Math.round(bar * BAR_WIDTH));
            fill.setMinWidth(width);
            fill.setPrefWidth(width);
            fill.setMaxWidth(width);
            setGraphic(track);
            tip.setText(standing(bar));
            setTooltip(tip);
            setAccessibleText("For you: " + percent(bar));
        }

        private void explain() {
            PaperRow row = getItem();
            if (row == null || Double.isNaN(bar)) {
                return;
            }
            double shown = bar;
            ranking.explain(row.id(), terms -> {
                if (getItem() == row) {
                    tip.setText(standing(shown) + because(terms));
                }
            });
        }
    }

    /** "More like what you read or tagged than 87% of the library." */
    private String standing(double bar) {
        String tag = ranking.likeTagProperty().get();
        String like = tag == null ? "what you read or tagged" : "the papers tagged \u201c" + tag + "\u201d";
        return "More like " + like + " than " + percent(bar) + " of the library.";
    }

    static String because(List<TermWeight> terms) {
        if (terms.isEmpty()) {
            return "";
        }
        return "\nMost of it from: " + String.join(", ", terms.stream().map(TermWeight::term).toList()) + ".";
    }

    static String percent(double bar) {
        return String.format(Locale.ROOT, "%d%%", Math.round(bar * 100));
    }
}
