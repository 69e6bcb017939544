package io.papershelf.ui.detail;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import io.papershelf.library.LinkPolicy;
import io.papershelf.model.Doi;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.CopyLink;
import io.papershelf.ui.common.Styles;

/** The paper's links that are not repositories (nor its DOI, a button of its own), each with "Copy link" on right-click; others shown as text. */
final class LinksSection implements DetailSection {
    private final Consumer<String> openLink;
    private final Label heading = DetailSection.heading("Links");
    private final VBox links = new VBox(2);

    LinksSection(Consumer<String> openLink) {
        this.openLink = openLink;
    }

    @Override
    public List<Node> nodes() {
        return List.of(heading, links);
    }

    @Override
    public void show(Paper p) {
        String doi = p.bibliographic().doi();
        List<String> others = p.links().stream().filter(l -> !p.githubUrls().contains(l)
                && LinkPolicy.githubRepository(l).isEmpty() && !(doi != null && Doi.key(doi).equals(Doi.key(l)))).toList();
        links.getChildren().setAll(others.stream().map(this::link).toList());
        heading.setVisible(!others.isEmpty());
        heading.setManaged(!others.isEmpty());
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
        CopyLink.install(h, url, openLink);
        return h;
    }
}
