package io.papershelf.ui.detail;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;

import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.Styles;

/** The abstract with its links and highlights ({@link MarkableText}). */
final class AbstractSection implements DetailSection {
    private final MarkableText abstractText;
    private final Label heading = DetailSection.heading("Abstract");

    AbstractSection(MarkableText.Actions marking) {
        this.abstractText = new MarkableText(Highlight.Field.ABSTRACT, "abstract", Styles.ABSTRACT, marking);
    }

    @Override
    public List<Node> nodes() {
        return List.of(heading, abstractText.node());
    }

    @Override
    public void show(Paper p) {
        boolean none = p.abstractText().isBlank();
        abstractText.show(none ? "No abstract in the listing." : p.abstractText(), p.links(),
                none ? List.of() : p.highlights());
    }

    MarkableText text() {
        return abstractText;
    }
}
