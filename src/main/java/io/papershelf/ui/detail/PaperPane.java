package io.papershelf.ui.detail;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import io.papershelf.model.Highlight;
import io.papershelf.model.HighlightColors;
import io.papershelf.model.Paper;

/**
 * The detail pane for one paper: above, its sections in a scroll pane (header with the summary, tags, abstract,
 * highlights, links, sources); below, the note, always in view whatever the abstract's length, and kept to a few
 * lines while it is empty and unused (docs/decisions: notes beside the abstract). {@link DetailView} makes it when a
 * paper is first selected: its rich text editors are not needed to start.
 */
final class PaperPane {
    /** Where the divider between the paper and its note starts: the note in use gets the lower two fifths. */
    static final double NOTE_DIVIDER = 0.6;
    /** The height of an empty note nobody is writing in: its heading and two lines, the rest for the paper. */
    private static final double IDLE_NOTE_HEIGHT = 110;

    private final VBox single = new VBox(14);
    private final ScrollPane singleScroll = new ScrollPane(single);
    private final SplitPane split = new SplitPane();
    private final HeaderSection header;
    private final TagsSection tags;
    private final AbstractSection abstractSection;
    private final NotesSection notes;
    private final List<DetailSection> sections;
    private long shownId = -1;
    /** Where the user wants the divider while the note is in use (dragged, or remembered between runs). */
    private double noteDivider;
    private boolean placingDivider;
    /** A mouse button is down in the pane: what it focuses is under the pointer, already in view. */
    private boolean pressed;
    private BooleanBinding noteIdle;

    PaperPane(DetailViewModel model, ObservableList<String> allTags, Consumer<String> openLink,
              Supplier<Map<String, String>> tagColors, double noteDivider) {
        this.noteDivider = noteDivider;
        MarkableText.Actions marking = new MarkableText.Actions() {
            @Override
            public void open(String url) {
                openLink.accept(url);
            }

            @Override
            public void highlight(Highlight.Field field, int start, int end, int color) {
                Paper p = model.paperProperty().get();
                if (p != null) {
                    model.highlights().add(p.id(), field, start, end, color);
                }
            }

            @Override
            public HighlightColors colors() {
                return model.highlights().colorsProperty().get();
            }

            @Override
            public int lastColor() {
                return model.highlights().lastColor();
            }
        };
        this.header = new HeaderSection(model, openLink, marking);
        this.tags = new TagsSection(model, allTags, tagColors);
        this.abstractSection = new AbstractSection(marking);
        HighlightsSection highlights = new HighlightsSection(model.highlights(), h -> (h.field() == Highlight.Field.TITLE
                ? header.title() : abstractSection.text()).select(h));
        this.notes = new NotesSection(model, openLink);
        this.sections = List.of(header, tags, abstractSection, highlights, new LinksSection(openLink),
                new SourcesSection(), notes);
        build();
    }

    Node node() {
        return split;
    }

    double noteDivider() {
        return noteDivider;
    }

    void setNoteDivider(double position) {
        noteDivider = position;
        placeDivider();
    }

    /**
     * An empty note nobody writes in keeps to a few lines, so that during triage the abstract has the pane; the
     * note takes its place (where the user last put the divider) as soon as it is focused, previewed or has text.
     */
    private void placeDivider() {
        double height = split.getHeight();
        double position = noteDivider;
        if (noteIdle.get() && height > 0) {
            position = Math.max(noteDivider, 1 - IDLE_NOTE_HEIGHT / height);
        }
        placingDivider = true;
        try {
            split.setDividerPositions(position);
        } finally {
            placingDivider = false;
        }
    }

    void focusNotes() {
        notes.focusEditor();
    }

    void focusTagInput() {
        tags.input().requestFocus();
    }

    void focusAbstract() {
        abstractSection.text().node().requestFocus();
    }

    void toggleNotePreview() {
        notes.togglePreview();
    }

    private void build() {
        for (DetailSection s : sections) {
            if (s != notes) {
                single.getChildren().addAll(s.nodes());
            }
        }
        single.setPadding(new Insets(18, 20, 18, 20));
        single.setFillWidth(true);
        single.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((x, was, now) -> {
                    // Not for a press: the text would move under the pointer, and a drag select other words.
                    if (now != null && isInside(now) && !pressed) {
                        // After the layout pass: a comment field made a moment ago has no place yet.
                        Platform.runLater(() -> scrollIntoView(now));
                    }
                });
            }
        });
        // The primary button only: a right press may open a menu, whose window would take the release.
        single.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> pressed = e.getButton() == MouseButton.PRIMARY);
        single.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> pressed = false);
        // The rich text areas would swallow the wheel; the pane scrolls as a whole instead.
        single.addEventFilter(ScrollEvent.SCROLL, e -> {
            double range = single.getBoundsInLocal().getHeight() - singleScroll.getViewportBounds().getHeight();
            if (range > 0 && e.getDeltaY() != 0) {
                singleScroll.setVvalue(clamp(singleScroll.getVvalue() - e.getDeltaY() / range));
                e.consume();
            }
        });
        singleScroll.setFitToWidth(true);
        singleScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        singleScroll.setId("detail-scroll");
        VBox notePane = new VBox(notes.pane());
        notePane.setPadding(new Insets(8, 20, 12, 20));
        VBox.setVgrow(notes.pane(), Priority.ALWAYS);
        notePane.setMinHeight(IDLE_NOTE_HEIGHT);
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().setAll(singleScroll, notePane);
        noteIdle = notes.emptyAndIdle();
        noteIdle.addListener((o, was, idle) -> placeDivider());
        split.heightProperty().addListener((o, was, now) -> placeDivider());
        split.getDividers().get(0).positionProperty().addListener((o, was, now) -> {
            if (!placingDivider && !noteIdle.get()) {
                noteDivider = now.doubleValue(); // dragged by the user
            }
        });
        placeDivider();
        split.setId("detail-split");
        split.getStyleClass().add("ps-detail-split");
    }

    private boolean isInside(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p == single) {
                return true;
            }
        }
        return false;
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    /** Scrolls the paper's part of the pane so that a focused control is in view. */
    private void scrollIntoView(Node node) {
        double contentHeight = single.getBoundsInLocal().getHeight();
        double viewport = singleScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        Bounds b = single.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = singleScroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top || b.getMinY() + Math.min(b.getHeight(), viewport / 2) > top + viewport) {
            double target = Math.min(b.getMinY() - 20, contentHeight - viewport);
            singleScroll.setVvalue(Math.max(0, target) / (contentHeight - viewport));
        }
    }

    void show(Paper p) {
        if (p == null) {
            return;
        }
        sections.forEach(s -> s.show(p));
        if (p.id() != shownId) {
            shownId = p.id();
            singleScroll.setVvalue(0); // another paper is read from its title
            single.layout();
            Platform.runLater(() -> singleScroll.setVvalue(0));
        }
    }
}
