package io.papershelf.ui.detail;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.TextField;

import io.papershelf.model.Paper;

/**
 * The paper's tags, in their colours, with the field that adds one, the user's own tags the models suggest, and the
 * listing's suggestions.
 */
final class TagsSection implements DetailSection {
    private final TagEditor editor;
    private final Supplier<Map<String, String>> tagColors;
    private final Node heading = DetailSection.heading("Tags");
    private long shownId = -1;

    TagsSection(DetailViewModel model, ObservableList<String> allTags, Supplier<Map<String, String>> tagColors) {
        this.tagColors = tagColors;
        this.editor = new TagEditor(allTags, t -> model.addTag(model.selection(), t),
                t -> model.removeTag(model.selection(), t));
        model.suggestionsProperty().addListener((o, a, now) -> editor.showYours(now));
        editor.showYours(model.suggestionsProperty().get()); // made after the first suggestions came
    }

    @Override
    public List<Node> nodes() {
        return List.of(heading, editor.node());
    }

    @Override
    public void show(Paper p) {
        if (p.id() != shownId) {
            editor.input().clear(); // a tag half typed for another paper is not this paper's
            shownId = p.id();
        }
        editor.show(p.tags(), p.suggestedTags(), tagColors.get());
    }

    TextField input() {
        return editor.input();
    }
}
