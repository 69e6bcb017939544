package io.papershelf.ui.list;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.ui.common.Styles;

/**
 * One line above the list, shown when there is something to say about its order: in a tag's view, the way to
 * "More like this"; in "More like this", what it shows, the button that adds the tag to the selected paper
 * (Alt+A) and the way back; with the For you order, why it falls back to upvotes and date while there is too
 * little to learn from.
 */
public final class RankingBar {
    private final HBox box = new HBox(8);

    public RankingBar(PaperListViewModel model, ListActions actions) {
        ListRanking ranking = model.ranking();
        Label line = new Label();
        line.setId("ranking-line");
        line.textProperty().bind(ranking.rankingLine());
        line.setMinWidth(0);
        // Whole, on two lines in a narrow list: its end says why (too few papers, the order meanwhile), and a
        // keyboard user has no tooltip to read it in.
        line.setWrapText(true);
        line.setMinHeight(Region.USE_PREF_SIZE);
        line.getStyleClass().add(Styles.RANKING_LINE);
        Button more = new Button("More like this", new FontIcon(Feather.LAYERS));
        more.setId("more-like-this");
        more.getStyleClass().add("small");
        more.setFocusTraversable(false);
        more.setTooltip(new Tooltip("The papers without this tag, most like its papers first"));
        more.setOnAction(e -> ranking.showMoreLikeThis(true));
        Button accept = new Button();
        accept.setId("accept-like-tag");
        accept.getStyleClass().addAll("small", "accent");
        accept.setGraphic(new FontIcon(Feather.PLUS));
        accept.setFocusTraversable(false);
        accept.textProperty().bind(Bindings.createStringBinding(() -> ranking.likeTagProperty().get() == null ? ""
                : "Add \u201c" + ranking.likeTagProperty().get() + "\u201d", ranking.likeTagProperty()));
        accept.setTooltip(new Tooltip("Adds the tag to the selected paper, then shows the next (Alt+A)"));
        accept.setOnAction(e -> actions.acceptLikeTag());
        Button back = new Button("Tagged papers", new FontIcon(Feather.ARROW_LEFT));
        back.setId("back-to-tag");
        back.getStyleClass().addAll("small", "flat");
        back.setFocusTraversable(false);
        back.setOnAction(e -> ranking.showMoreLikeThis(false));
        BooleanBinding liking = ranking.likeTagProperty().isNotNull();
        BooleanBinding tagView = Bindings.createBooleanBinding(() -> model.filterProperty().get().tag() != null
                && !model.filterProperty().get().trash(), model.filterProperty());
        for (Button b : new Button[] {more, accept, back}) {
            b.setMinWidth(Region.USE_PREF_SIZE); // the line gives way, the buttons keep their words
        }
        show(more, tagView.and(liking.not()));
        show(accept, liking);
        show(back, liking);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(line, Priority.SOMETIMES);
        box.getChildren().addAll(new FontIcon(Feather.STAR), line, spacer, accept, back, more);
        box.getChildren().get(0).getStyleClass().add(Styles.RANKING_ICON);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(4, 10, 4, 10));
        box.setId("ranking-bar");
        box.getStyleClass().add(Styles.RANKING_BAR);
        show(box, tagView.or(line.textProperty().isNotEmpty()));
    }

    public Node node() {
        return box;
    }

    private static void show(Node n, javafx.beans.value.ObservableBooleanValue when) {
        n.visibleProperty().bind(when);
        n.managedProperty().bind(when);
    }
}
