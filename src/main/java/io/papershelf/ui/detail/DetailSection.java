package io.papershelf.ui.detail;

import java.util.List;

import javafx.scene.Node;
import javafx.scene.control.Label;

import io.papershelf.model.Paper;
import io.papershelf.ui.common.Styles;

/**
 * One part of the detail pane for a single paper (header, tags, abstract, notes, sources): its nodes, in
 * the order the pane stacks them, and how it shows a paper. A new part is one more section.
 */
interface DetailSection {
    List<Node> nodes();

    void show(Paper p);

    /** A section's small heading. */
    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add(Styles.SECTION_LABEL);
        return l;
    }
}
