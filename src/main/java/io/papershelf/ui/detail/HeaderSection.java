package io.papershelf.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;

import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

import io.papershelf.library.LinkPolicy;
import io.papershelf.model.Bibliographic;
import io.papershelf.model.Doi;
import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.CopyLink;
import io.papershelf.ui.common.DisplayDate;
import io.papershelf.ui.common.Styles;

/**
 * The paper's title (selectable, for highlights), its one-line summary (TL;DR) when the listing gave one, a
 * metadata line (byline, date, venue, votes, DOI, authors), the read toggle and its link buttons ("Copy link" on
 * right-click).
 */
final class HeaderSection implements DetailSection {
    private final Consumer<String> openLink;
    private final MarkableText title;
    private final Label summary = new Label();
    private final Label meta = new Label();
    private final ToggleButton readToggle = new ToggleButton("Mark read", new FontIcon(Feather.CHECK));
    private final FlowPane actions = new FlowPane(8, 8);

    HeaderSection(DetailViewModel model, Consumer<String> openLink, MarkableText.Actions marking) {
        this.openLink = openLink;
        this.title = new MarkableText(Highlight.Field.TITLE, "detail-title", Styles.DETAIL_TITLE, marking);
        summary.setId("detail-summary");
        summary.getStyleClass().add(Styles.DETAIL_SUMMARY);
        summary.setWrapText(true);
        summary.managedProperty().bind(summary.visibleProperty());
        meta.setId("detail-meta");
        meta.getStyleClass().add(Styles.DETAIL_META);
        meta.setWrapText(true);
        meta.managedProperty().bind(meta.visibleProperty()); // a paper without authors or date: no blank line
        readToggle.setId("read-toggle");
        readToggle.setOnAction(e -> {
            model.toggleRead();
            e.consume();
        });
        actions.setAlignment(Pos.CENTER_LEFT);
    }

    @Override
    public List<Node> nodes() {
        return List.of(title.node(), summary, meta, actions);
    }

    @Override
    public void show(Paper p) {
        title.show(p.title(), List.of(), p.highlights());
        boolean tldr = p.summary() != null && !p.summary().isBlank();
        summary.setText(tldr ? p.summary().strip() : "");
        summary.setVisible(tldr);
        meta.setText(metaLine(p));
        meta.setVisible(!meta.getText().isEmpty());
        readToggle.setSelected(p.read());
        readToggle.setText(p.read() ? "Read" : "Mark read");
        readToggle.setTooltip(new Tooltip(p.read() ? "Mark as unread (Ctrl+R)" : "Mark as read (Ctrl+R)"));
        actions.getChildren().setAll(actionButtons(p));
    }

    private List<Node> actionButtons(Paper p) {
        List<Node> out = new ArrayList<>();
        out.add(readToggle);
        for (String repo : LinkPolicy.repositories(p.githubUrls())) {
            Button b = new Button(LinkPolicy.repositoryLabel(repo), new FontIcon(Feather.GITHUB));
            b.getStyleClass().add("accent");
            b.setOnAction(e -> openLink.accept(repo));
            b.setUserData(repo);
            CopyLink.install(b, repo, openLink);
            out.add(b);
        }
        if (p.arxivId() != null) {
            Button arxiv = new Button("arXiv " + p.arxivId(), new FontIcon(Feather.EXTERNAL_LINK));
            String url = "https://arxiv.org/abs/" + p.arxivId();
            arxiv.setOnAction(e -> openLink.accept(url));
            CopyLink.install(arxiv, url, openLink);
            out.add(arxiv);
        }
        if (p.bibliographic().doi() != null) {
            Button doi = new Button("DOI", new FontIcon(Feather.EXTERNAL_LINK));
            String url = Doi.url(p.bibliographic().doi());
            doi.setId("detail-doi");
            doi.setTooltip(new Tooltip(url));
            doi.setOnAction(e -> openLink.accept(url));
            CopyLink.install(doi, url, openLink);
            out.add(doi);
        }
        if (p.projectPage() != null && LinkPolicy.mayOpen(p.projectPage())) {
            Button page = new Button("Project page", new FontIcon(Feather.GLOBE));
            page.setOnAction(e -> openLink.accept(p.projectPage()));
            CopyLink.install(page, p.projectPage(), openLink);
            out.add(page);
        }
        return out;
    }

    MarkableText title() {
        return title;
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
        String venue = venue(p.bibliographic());
        if (!venue.isEmpty()) {
            parts.add(venue);
        }
        if (p.upvotes() != null) {
            parts.add(p.upvotes() + (p.upvotes() == 1 ? " upvote" : " upvotes"));
        }
        if (p.comments() > 0) { // a BibTeX entry or an arXiv listing has no comments to count
            parts.add(p.comments() == 1 ? "1 comment" : p.comments() + " comments");
        }
        if (p.githubStars() != null) {
            parts.add("★ " + p.githubStars());
        }
        if (p.bibliographic().doi() != null) {
            parts.add("DOI " + p.bibliographic().doi());
        }
        String line = String.join("  ·  ", parts);
        if (!p.authors().isEmpty()) {
            line += "\n" + String.join(", ", p.authors());
        }
        return line;
    }

    /** "Proc. IEEE 109(5), pp. 820–838": where the paper appeared, as far as it is known; empty when it is not. */
    static String venue(Bibliographic b) {
        if (b.venue() == null) {
            return "";
        }
        StringBuilder s = new StringBuilder(b.venue());
        if (b.volume() != null) {
            s.append(' ').append(b.volume());
        }
        if (b.issue() != null) {
            s.append('(').append(b.issue()).append(')');
        }
        if (b.pages() != null) {
            s.append(", pp. ").append(b.pages().replace("--", "–"));
        }
        return s.toString();
    }
}
