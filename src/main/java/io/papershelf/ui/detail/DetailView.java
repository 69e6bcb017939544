package io.papershelf.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.library.LinkPolicy;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.DisplayDate;
import io.papershelf.ui.common.Styles;

/**
 * The detail pane: for one paper its title, a metadata line, read toggle, repository buttons, the
 * abstract, other links, tags and the note; for several papers the bulk actions.
 */
public final class DetailView {
    private final DetailViewModel model;
    private final Consumer<String> openLink;
    private final Supplier<Map<String, String>> tagColors;
    private final StackPane root = new StackPane();
    private final VBox single = new VBox(14);
    private final ScrollPane singleScroll = new ScrollPane(single);
    private final VBox bulk = new VBox(12);
    private final Label placeholder = new Label("Select a paper to read its abstract.");

    private final Label title = new Label();
    private final Label meta = new Label();
    private final ToggleButton readToggle = new ToggleButton("Mark read", new FontIcon(Feather.CHECK));
    private final FlowPane actions = new FlowPane(8, 8);
    private final AbstractText abstractText;
    private final VBox otherLinks = new VBox(2);
    private final Label otherLinksLabel = sectionLabel("Links");
    private final TagEditor tags;
    private final TextArea notes = new TextArea();
    private final Label saveStatus = new Label();
    private final Label sources = new Label();
    private final Label bulkTitle = new Label();
    private boolean showing;

    public DetailView(DetailViewModel model, javafx.collections.ObservableList<String> allTags, Consumer<String> openLink,
               Supplier<Map<String, String>> tagColors, Consumer<List<Long>> trash) {
        this.model = model;
        this.openLink = openLink;
        this.tagColors = tagColors;
        this.abstractText = new AbstractText(openLink);
        this.tags = new TagEditor(allTags, t -> model.addTag(model.selection(), t),
                t -> model.removeTag(model.selection(), t));
        root.setId("detail");
        root.setMinWidth(300);
        root.setPrefWidth(460);
        root.getStyleClass().add(Styles.DETAIL);
        buildSingle();
        buildBulk(allTags, trash);
        placeholder.getStyleClass().add(Styles.PLACEHOLDER);
        root.getChildren().addAll(placeholder, singleScroll, bulk);
        model.paperProperty().addListener((o, a, p) -> show(p));
        model.selectionSizeProperty().addListener((o, a, n) -> layoutFor(n.intValue()));
        layoutFor(0);
    }

    public Node node() {
        return root;
    }

    /** Paper > Edit note: the note editor takes the focus. */
    public void focusNotes() {
        notes.requestFocus();
    }

    /** Paper > Add tag: the tag field takes the focus. */
    public void focusTagInput() {
        tags.input().requestFocus();
    }

    private void buildSingle() {
        title.setId("detail-title");
        title.getStyleClass().add(Styles.DETAIL_TITLE);
        title.setWrapText(true);
        meta.setId("detail-meta");
        meta.getStyleClass().add(Styles.DETAIL_META);
        meta.setWrapText(true);
        readToggle.setId("read-toggle");
        readToggle.setOnAction(e -> {
            model.toggleRead();
            e.consume();
        });
        actions.setAlignment(Pos.CENTER_LEFT);
        notes.setId("notes");
        notes.getStyleClass().add(Styles.NOTES);
        notes.setWrapText(true);
        notes.setPrefRowCount(8);
        notes.setPromptText("Your notes on this paper. They are saved as you type.");
        notes.textProperty().addListener((o, a, text) -> {
            if (!showing) {
                model.notes().edited(text);
            }
        });
        notes.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                model.notes().flush();
            }
        });
        saveStatus.setId("save-status");
        saveStatus.getStyleClass().add(Styles.SAVE_STATUS);
        model.notes().statusProperty().addListener((o, a, s) -> showStatus(s));
        sources.getStyleClass().add(Styles.DETAIL_META);
        sources.setWrapText(true);

        HBox notesHeader = new HBox(8, sectionLabel("Notes"), spacer(), saveStatus);
        notesHeader.setAlignment(Pos.CENTER_LEFT);
        single.getChildren().addAll(title, meta, actions, sectionLabel("Tags"), tags.node(), sectionLabel("Abstract"),
                abstractText.node(), otherLinksLabel, otherLinks, notesHeader, notes, sources);
        for (Node editor : List.of(notes, tags.input())) {
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

    private void buildBulk(javafx.collections.ObservableList<String> allTags, Consumer<List<Long>> trash) {
        bulk.setId("bulk-actions");
        bulk.setPadding(new Insets(24));
        bulkTitle.getStyleClass().add(Styles.DETAIL_TITLE);
        Button read = new Button("Mark read", new FontIcon(Feather.CHECK_CIRCLE));
        read.setOnAction(e -> model.setRead(model.selection(), true));
        Button unread = new Button("Mark unread", new FontIcon(Feather.CIRCLE));
        unread.setOnAction(e -> model.setRead(model.selection(), false));
        TextField addTag = new TextField();
        addTag.setPromptText("Tag to add");
        org.controlsfx.control.textfield.TextFields.bindAutoCompletion(addTag, r -> allTags.stream()
                .filter(t -> r.getUserText() != null && !r.getUserText().isBlank()
                        && t.toLowerCase().contains(r.getUserText().strip().toLowerCase())).toList());
        Button add = new Button("Add tag", new FontIcon(Feather.TAG));
        Runnable addAction = () -> {
            model.addTag(model.selection(), addTag.getText());
            addTag.clear();
        };
        add.setOnAction(e -> addAction.run());
        addTag.setOnAction(e -> addAction.run());
        ComboBox<String> removeTag = new ComboBox<>(allTags);
        removeTag.setPromptText("Tag to remove");
        Button remove = new Button("Remove tag", new FontIcon(Feather.X));
        remove.setOnAction(e -> {
            if (removeTag.getValue() != null) {
                model.removeTag(model.selection(), removeTag.getValue());
            }
        });
        Button toTrash = new Button("Move to Trash", new FontIcon(Feather.TRASH_2));
        toTrash.getStyleClass().add("danger");
        toTrash.setOnAction(e -> trash.accept(model.selection()));
        bulk.getChildren().addAll(bulkTitle, new HBox(8, read, unread), new HBox(8, addTag, add),
                new HBox(8, removeTag, remove), toTrash);
    }

    /** Scrolls the detail pane so that a focused editor is in view. */
    private void scrollIntoView(Node node) {
        double contentHeight = single.getBoundsInLocal().getHeight();
        double viewport = singleScroll.getViewportBounds().getHeight();
        if (contentHeight <= viewport) {
            return;
        }
        javafx.geometry.Bounds b = single.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double top = singleScroll.getVvalue() * (contentHeight - viewport);
        if (b.getMinY() < top || b.getMaxY() > top + viewport) {
            double target = Math.min(b.getMinY() - 20, contentHeight - viewport);
            singleScroll.setVvalue(Math.max(0, target) / (contentHeight - viewport));
        }
    }

    private void layoutFor(int selected) {
        placeholder.setVisible(selected == 0);
        singleScroll.setVisible(selected == 1);
        bulk.setVisible(selected > 1);
        bulkTitle.setText(selected + " papers selected");
    }

    private void show(Paper p) {
        if (p == null) {
            return;
        }
        showing = true;
        try {
            title.setText(p.title());
            meta.setText(metaLine(p));
            readToggle.setSelected(p.read());
            readToggle.setText(p.read() ? "Read" : "Mark read");
            readToggle.setTooltip(new javafx.scene.control.Tooltip(p.read() ? "Mark as unread (Ctrl+R)"
                    : "Mark as read (Ctrl+R)"));
            actions.getChildren().setAll(actionButtons(p));
            List<String> linkList = p.links();
            abstractText.show(p.abstractText().isBlank() ? "No abstract in the listing." : p.abstractText(), linkList);
            List<String> others = linkList.stream().filter(l -> !p.githubUrls().contains(l)
                    && LinkPolicy.githubRepository(l).isEmpty()).toList();
            otherLinks.getChildren().setAll(others.stream().map(this::link).toList());
            otherLinksLabel.setVisible(!others.isEmpty());
            otherLinksLabel.setManaged(!others.isEmpty());
            tags.show(p.tags(), p.suggestedTags(), tagColors.get());
            if (!notes.getText().equals(model.notes().text())) {
                notes.setText(model.notes().text());
            }
            sources.setText(p.sources().isEmpty() ? "" : "From " + String.join(", ", p.sources().stream()
                    .map(s -> s.fileName() + (s.listingDate() == null ? "" : " (" + DisplayDate.format(s.listingDate()) + ")"))
                    .toList()));
            showStatus(model.notes().statusProperty().get());
        } finally {
            showing = false;
        }
    }

    private List<Node> actionButtons(Paper p) {
        List<Node> out = new ArrayList<>();
        out.add(readToggle);
        for (String repo : LinkPolicy.repositories(p.githubUrls())) {
            Button b = new Button(LinkPolicy.repositoryLabel(repo), new FontIcon(Feather.GITHUB));
            b.getStyleClass().add("accent");
            b.setOnAction(e -> openLink.accept(repo));
            b.setUserData(repo);
            out.add(b);
        }
        if (p.arxivId() != null) {
            Button arxiv = new Button("arXiv " + p.arxivId(), new FontIcon(Feather.EXTERNAL_LINK));
            arxiv.setOnAction(e -> openLink.accept("https://arxiv.org/abs/" + p.arxivId()));
            out.add(arxiv);
        }
        if (p.projectPage() != null && LinkPolicy.mayOpen(p.projectPage())) {
            Button page = new Button("Project page", new FontIcon(Feather.GLOBE));
            page.setOnAction(e -> openLink.accept(p.projectPage()));
            out.add(page);
        }
        return out;
    }

    private Node link(String url) {
        if (!LinkPolicy.mayOpen(url)) {
            Label l = new Label(url);
            l.getStyleClass().add(Styles.DETAIL_META);
            return l;
        }
        Hyperlink h = new Hyperlink(url);
        h.setOnAction(e -> openLink.accept(url));
        h.setWrapText(true);
        return h;
    }

    static String metaLine(Paper p) {
        List<String> parts = new ArrayList<>();
        if (!p.byline().isEmpty()) {
            parts.add(p.byline());
        }
        if (p.authors().size() > 0 && p.organization() != null) {
            parts.add(p.authors().size() == 1 ? "1 author" : p.authors().size() + " authors");
        }
        if (p.published() != null) {
            parts.add("Published " + DisplayDate.format(p.published()));
        }
        if (p.upvotes() != null) {
            parts.add(p.upvotes() + (p.upvotes() == 1 ? " upvote" : " upvotes"));
        }
        parts.add(p.comments() == 1 ? "1 comment" : p.comments() + " comments");
        if (p.githubStars() != null) {
            parts.add("★ " + p.githubStars());
        }
        String line = String.join("  ·  ", parts);
        if (!p.authors().isEmpty()) {
            line += "\n" + String.join(", ", p.authors());
        }
        return line;
    }

    private void showStatus(NotesAutosave.Status s) {
        saveStatus.getStyleClass().remove(Styles.SAVE_FAILED);
        switch (s) {
            case SAVED -> saveStatus.setText(model.notes().text().isEmpty() ? "" : "Saved");
            case UNSAVED -> saveStatus.setText("Editing…");
            case SAVING -> saveStatus.setText("Saving…");
            case FAILED -> {
                saveStatus.setText("Not saved: " + model.notes().failureProperty().get()
                        + " Your text is kept here; it will be tried again.");
                saveStatus.getStyleClass().add(Styles.SAVE_FAILED);
            }
        }
    }

    private static Label sectionLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_LABEL);
        return l;
    }

    private static Region spacer() {
        Region r = new Region();
        HBox.setHgrow(r, Priority.ALWAYS);
        return r;
    }
}
