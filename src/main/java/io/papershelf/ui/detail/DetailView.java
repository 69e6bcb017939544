package io.papershelf.ui.detail;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import io.papershelf.model.Paper;
import io.papershelf.ui.common.Styles;

/**
 * The detail pane: for one paper its sections stacked in a scroll pane (header, tags, abstract with its
 * links, notes, sources); for several papers the bulk actions; for none a hint.
 */
public final class DetailView {
    private final StackPane root = new StackPane();
    private final VBox single = new VBox(14);
    private final ScrollPane singleScroll = new ScrollPane(single);
    private final BulkActions bulk;
    private final Label placeholder = new Label("Select a paper to read its abstract.");
    private final TagsSection tags;
    private final NotesSection notes;
    private final List<DetailSection> sections;
    private long shownId = -1;

    public DetailView(DetailViewModel model, ObservableList<String> allTags, Consumer<String> openLink,
                      Supplier<Map<String, String>> tagColors, Consumer<List<Long>> trash) {
        this.tags = new TagsSection(model, allTags, tagColors);
        this.notes = new NotesSection(model);
        this.sections = List.of(new HeaderSection(model, openLink), tags, new AbstractSection(openLink), notes,
                new SourcesSection());
        this.bulk = new BulkActions(model, allTags, trash);
        root.setId("detail");
        root.setMinWidth(300);
        root.setPrefWidth(460);
        root.getStyleClass().add(Styles.DETAIL);
        buildSingle();
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        root.getChildren().addAll(placeholder, singleScroll, bulk.node());
        model.paperProperty().addListener((o, a, p) -> show(p));
        model.selectionSizeProperty().addListener((o, a, n) -> layoutFor(n.intValue()));
        layoutFor(0);
    }

    public Node node() {
        return root;
    }

    /** Paper > Edit note: the note editor takes the focus. */
    public void focusNotes() {
        notes.editor().requestFocus();
    }

    /** Paper > Add tag: the tag field takes the focus. */
    public void focusTagInput() {
        tags.input().requestFocus();
    }

    private void buildSingle() {
        sections.forEach(s -> single.getChildren().addAll(s.nodes()));
        for (Node editor : List.of(notes.editor(), tags.input())) {
            editor.focusedProperty().addListener((o, was, now) -> {
                if (now) {
                    scrollIntoView(editor);
                }
            });
        }
        single.setPadding(new Insets(18, 20, 18, 20));
        single.setFillWidth(true);
        singleScroll.setFitToWidth(true);
        singleScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    }

    /** Scrolls the detail pane so that a focused editor is in view. */
    private void scrollIntoView(Node node) {
        double contentHeight = single.getBoundsInLocal().getHeight();
        double viewport = singleScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = single.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = singleScroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top || b.getMaxY() > top + viewport) {
            double target = Math.min(b.getMinY() - 20, contentHeight - viewport);
            singleScroll.setVvalue(Math.max(0, target) / (contentHeight - viewport));
        }
    }

    private void layoutFor(int selected) {
        placeholder.setVisible(selected == 0);
        singleScroll.setVisible(selected == 1);
        bulk.node().setVisible(selected > 1);
        bulk.count(selected);
    }

    private void show(Paper p) {
        if (p != null) {
            sections.forEach(s -> s.show(p));
            if (p.id() != shownId) {
                singleScroll.setVvalue(0); // another paper shows from its title: moving through the list reads titles
                shownId = p.id();
            }
        }
    }
}
