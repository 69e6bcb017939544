package io.papershelf.ui.detail;

import java.util.List;
import java.util.function.Consumer;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import io.papershelf.library.LinkPolicy;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.Styles;

/** The abstract with its clickable links, then the paper's other links (those that are not repositories). */
final class AbstractSection implements DetailSection {
    private final Consumer<String> openLink;
    private final AbstractText abstractText;
    private final Label heading = DetailSection.heading("Abstract");
    private final Label otherLinksLabel = DetailSection.heading("Links");
    private final VBox otherLinks = new VBox(2);

    AbstractSection(Consumer<String> openLink) {
        this.openLink = openLink;
        this.abstractText = new AbstractText(openLink);
    }

    @Override
    public List<Node> nodes() {
        return List.of(heading, abstractText.node(), otherLinksLabel, otherLinks);
    }

    @Override
    public void show(Paper p) {
        List<String> linkList = p.links();
        abstractText.show(p.abstractText().isBlank() ? "No abstract in the listing." : p.abstractText(), linkList);
        List<String> others = linkList.stream().filter(l -> !p.githubUrls().contains(l)
                && LinkPolicy.githubRepository(l).isEmpty()).toList();
        otherLinks.getChildren().setAll(others.stream().map(this::link).toList());
        otherLinksLabel.setVisible(!others.isEmpty());
        otherLinksLabel.setManaged(!others.isEmpty());
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
}
