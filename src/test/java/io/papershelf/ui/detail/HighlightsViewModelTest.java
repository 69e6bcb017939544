package io.papershelf.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.papershelf.model.Highlight;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.ManualDebouncer;
import io.papershelf.ui.common.Notice;
import io.papershelf.ui.common.ViewModelFixture;

/** Highlights through the detail pane's view model, as plain objects: made, commented, refused, deleted, undone. */
class HighlightsViewModelTest extends ViewModelFixture {
    private final List<Notice> notices = new ArrayList<>();
    private final List<List<Long>> changed = new ArrayList<>();

    private DetailViewModel detail(long id) {
        DetailViewModel detail = new DetailViewModel(library, executor, debouncer, changed::add, errors::add,
                notices::add);
        detail.select(List.of(id));
        executor.runAll();
        return detail;
    }

    private Paper shown(DetailViewModel d) {
        return d.paperProperty().get();
    }

    @Test
    void aHighlightIsMadeShownAndItsCommentSavedWhenTheFieldIsLeft() throws Exception {
        long a = id("LowFER");
        ManualDebouncer comments = new ManualDebouncer();
        DetailViewModel detail = new DetailViewModel(library, executor, comments, changed::add, errors::add,
                notices::add);
        detail.select(List.of(a));
        executor.runAll();
        HighlightsViewModel hl = detail.highlights();
        hl.add(a, Highlight.Field.ABSTRACT, 0, 24, 2);
        executor.runAll();
        Highlight h = shown(detail).highlights().get(0);
        assertThat(h.color()).isEqualTo(2);
        assertThat(hl.madeProperty().get()).isEqualTo(h.id());
        assertThat(hl.lastColor()).isEqualTo(2);
        assertThat(changed).contains(List.of(a));

        hl.editComment(a, h, "Is this");
        hl.editComment(a, h, "Is this new?");
        assertThat(hl.hasUnsavedComment()).isTrue();
        executor.runAll();
        assertThat(library.paper(a).orElseThrow().highlights().get(0).comment()).isEmpty(); // not before the pause
        hl.flush(); // the field lost the focus
        executor.runAll();
        assertThat(hl.hasUnsavedComment()).isFalse();
        assertThat(library.paper(a).orElseThrow().highlights().get(0).comment()).isEqualTo("Is this new?");
        assertThat(errors).isEmpty();
    }

    @Test
    void anOverlappingHighlightAndAnOverlongCommentBecomeWarningsAndChangeNothing() throws Exception {
        long a = id("LowFER");
        DetailViewModel detail = detail(a);
        HighlightsViewModel hl = detail.highlights();
        hl.add(a, Highlight.Field.ABSTRACT, 0, 30, 0);
        executor.runAll();
        hl.add(a, Highlight.Field.ABSTRACT, 10, 40, 1);
        executor.runAll();
        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.warning()).isTrue();
            assertThat(n.message()).startsWith("This passage overlaps the highlight");
        });
        Highlight h = shown(detail).highlights().get(0);
        hl.editComment(a, h, "y".repeat(1 << 20));
        hl.flush();
        executor.runAll();
        assertThat(notices).hasSize(2);
        assertThat(notices.get(1).message()).startsWith("A comment holds at most 10,000 characters");
        assertThat(hl.commentFailureProperty().get()).startsWith("A comment holds at most");
        assertThat(hl.hasUnsavedComment()).isFalse(); // refused: not tried again and again
        assertThat(hl.refusedComment(h.id())).hasSize(1 << 20); // but kept, and shown in its field again
        detail.select(List.of(id("InteractComp")));
        detail.select(List.of(a));
        executor.runAll();
        assertThat(hl.refusedComment(h.id())).hasSize(1 << 20);
        hl.editComment(a, h, "shorter");
        assertThat(hl.refusedComment(h.id())).isNull();
        assertThat(library.paper(a).orElseThrow().highlights()).singleElement()
                .satisfies(x -> assertThat(x.comment()).isEmpty());
        assertThat(errors).isEmpty();
    }

    @Test
    void deletingSaysSoAndUndoBringsTheHighlightBack() throws Exception {
        long a = id("LowFER");
        DetailViewModel detail = detail(a);
        HighlightsViewModel hl = detail.highlights();
        hl.add(a, Highlight.Field.TITLE, 0, 6, 3);
        executor.runAll();
        Highlight h = shown(detail).highlights().get(0);
        hl.delete(a, h);
        executor.runAll();
        assertThat(shown(detail).highlights()).isEmpty();
        Notice n = notices.get(0);
        assertThat(n.message()).isEqualTo("Deleted the highlight “" + h.quote() + "”.");
        assertThat(n.actions()).extracting(Notice.Action::label).containsExactly("Undo");
        n.actions().get(0).run().run();
        executor.runAll();
        assertThat(shown(detail).highlights()).containsExactly(h);
    }

    @Test
    void colourNamesLoadAndChange() throws Exception {
        DetailViewModel detail = detail(id("LowFER"));
        HighlightsViewModel hl = detail.highlights();
        hl.loadColors();
        executor.runAll();
        assertThat(hl.colorsProperty().get().name(0)).isEqualTo("Important");
        hl.renameColor(0, "Key");
        executor.runAll();
        assertThat(hl.colorsProperty().get().names()).containsExactly("Key", "Question", "Method", "Result");
        hl.renameColor(1, "");
        executor.runAll();
        assertThat(notices).singleElement().satisfies(n -> assertThat(n.message()).startsWith("A colour's name"));
    }
}
