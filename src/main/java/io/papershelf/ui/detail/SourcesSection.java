package io.papershelf.ui.detail;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;

import io.papershelf.model.Paper;
import io.papershelf.ui.common.DisplayDate;
import io.papershelf.ui.common.Styles;

/** "From daily-papers.txt (20 May 2026), …": the listing files the paper came from. */
final class SourcesSection implements DetailSection {
    private final Label sources = new Label();

    SourcesSection() {
        sources.getStyleClass().add(Styles.DETAIL_META);
        sources.setWrapText(true);
    }

    @Override
    public List<Node> nodes() {
        return List.of(sources);
    }

    @Override
    public void show(Paper p) {
        sources.setText(p.sources().isEmpty() ? "" : "From " + String.join(", ", p.sources().stream()
                .map(s -> s.fileName() + (s.listingDate() == null ? "" : " (" + DisplayDate.format(s.listingDate()) + ")"))
                .toList()));
    }
}
