package io.papershelf.ui.detail;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;

import io.papershelf.model.Paper;
import io.papershelf.ui.common.Lazy;
import io.papershelf.ui.common.Styles;

/**
 * The detail pane: for one paper its sections and note ({@link PaperPane}), for several the bulk actions, for none a
 * hint. The paper's and the bulk parts are made when first needed, so that a window starts without their editors
 * (docs/performance.md, Start-up).
 */
public final class DetailView {
    /** The detail pane's own keys, for the shortcuts dialog. */
    public static final List<String[]> SHORTCUTS = List.of(
            new String[] {"H", "Highlight the selected passage (title or abstract), in the last colour"},
            new String[] {"1 2 3 4", "Highlight the selected passage in that colour"},
            new String[] {"Shift+← →", "Select in the title or abstract"},
            new String[] {"Menu key, Shift+F10", "In the title or abstract: Copy, Highlight as a colour"});

    private final StackPane root = new StackPane();
    private final Label placeholder = new Label("Select a paper to read its abstract.");
    private final Lazy<PaperPane> paper;
    private final Lazy<BulkActions> bulk;
    /** Where the note starts, kept here until the paper's part is made. */
    private double noteDivider = PaperPane.NOTE_DIVIDER;

    public DetailView(DetailViewModel model, ObservableList<String> allTags, Consumer<String> openLink,
                      Supplier<Map<String, String>> tagColors, Consumer<List<Long>> trash) {
        this.paper = new Lazy<>(() -> added(new PaperPane(model, allTags, openLink, tagColors, noteDivider),
                model.selectionSizeProperty().get() == 1));
        this.bulk = new Lazy<>(() -> {
            BulkActions b = new BulkActions(model, allTags, trash);
            root.getChildren().add(b.node());
            return b;
        });
        root.setId("detail");
        root.setMinWidth(300);
        root.setPrefWidth(460);
        root.getStyleClass().add(Styles.DETAIL);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        root.getChildren().add(placeholder);
        model.paperProperty().addListener((o, a, p) -> show(p));
        model.selectionSizeProperty().addListener((o, a, n) -> layoutFor(n.intValue()));
        Paper shown = model.paperProperty().get();
        if (shown != null) {
            show(shown);
        }
        layoutFor(model.selectionSizeProperty().get());
    }

    private PaperPane added(PaperPane p, boolean visible) {
        p.node().setVisible(visible);
        root.getChildren().add(p.node());
        return p;
    }

    public Node node() {
        return root;
    }

    /** Where the note starts (0 top, 1 bottom), to remember between runs. */
    public double noteDivider() {
        return paper.made() ? paper.get().noteDivider() : noteDivider;
    }

    /** Puts the note's divider where it was (kept between a fifth and nine tenths of the pane). */
    public void setNoteDivider(double position) {
        noteDivider = Double.isNaN(position) ? PaperPane.NOTE_DIVIDER : Math.max(0.2, Math.min(0.9, position));
        if (paper.made()) {
            paper.get().setNoteDivider(noteDivider);
        }
    }

    /** Paper > Edit note (N, Ctrl+Shift+N): the note editor takes the focus, out of the preview if need be. */
    public void focusNotes() {
        paper.get().focusNotes();
    }

    /** Paper > Add tag: the tag field takes the focus. */
    public void focusTagInput() {
        paper.get().focusTagInput();
    }

    /** Paper > Select in abstract (Ctrl+Shift+A): the abstract takes the focus, for Shift+arrows and H. */
    public void focusAbstract() {
        paper.get().focusAbstract();
    }

    /** Paper > Preview note (Ctrl+Shift+P): the note rendered, or its text again. */
    public void toggleNotePreview() {
        paper.get().toggleNotePreview();
    }

    private void layoutFor(int selected) {
        placeholder.setVisible(selected == 0);
        if (selected == 1 || paper.made()) {
            paper.get().node().setVisible(selected == 1);
        }
        if (selected > 1 || bulk.made()) {
            bulk.get().node().setVisible(selected > 1);
            bulk.get().count(selected);
        }
    }

    private void show(Paper p) {
        if (p != null) {
            paper.get().show(p);
        }
    }
}
