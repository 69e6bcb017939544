package io.papershelf.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.fxmisc.richtext.model.StyleSpan;
import org.junit.jupiter.api.Test;

/** The note's Markdown: where task boxes are and how one toggles, the editor's styling, and the link glue. */
class MarkdownNotesTest {
    private static final String NOTE = "# Plan\n\n- [ ] read *section 3*\n1. [x] run `make`\n- plain item\n\n> quoted\n";

    @Test
    void taskBoxesAreFoundAfterTheirMarkerAndToggleOneCharacter() {
        int first = NOTE.indexOf("- [ ]");
        int second = NOTE.indexOf("1. [x]");
        assertThat(MarkdownNotes.taskBox(NOTE, first)).isEqualTo(first + 2);
        assertThat(MarkdownNotes.taskBox(NOTE, second)).isEqualTo(second + 3);
        assertThat(MarkdownNotes.taskBox(NOTE, NOTE.indexOf("- plain"))).isEqualTo(-1);
        String ticked = MarkdownNotes.setTask(NOTE, first + 2, true);
        assertThat(ticked).isEqualTo(NOTE.replace("- [ ] read", "- [x] read"));
        assertThat(MarkdownNotes.setTask(ticked, second + 3, false)).contains("1. [ ] run");
        assertThat(MarkdownNotes.setTask(NOTE, 0, true)).isEqualTo(NOTE); // no box there: unchanged
    }

    @Test
    void theEditorStylesHeadingsEmphasisCodeTasksAndQuotesWhereTheyAre() {
        List<String> styleOf = new ArrayList<>();
        for (StyleSpan<Collection<String>> span : MarkdownStyles.of(NOTE)) {
            String style = span.getStyle().isEmpty() ? "-" : String.join(",", span.getStyle());
            for (int i = 0; i < span.getLength(); i++) {
                styleOf.add(style);
            }
        }
        assertThat(styleOf).hasSize(NOTE.length());
        assertThat(styleOf.get(NOTE.indexOf("Plan"))).isEqualTo("md-heading");
        assertThat(styleOf.get(NOTE.indexOf("[ ]"))).isEqualTo("md-task");
        assertThat(styleOf.get(NOTE.indexOf("section"))).isEqualTo("md-em");
        assertThat(styleOf.get(NOTE.indexOf("make"))).isEqualTo("md-code");
        assertThat(styleOf.get(NOTE.indexOf("quoted"))).isEqualTo("md-quote");
        assertThat(styleOf.get(NOTE.indexOf("plain"))).isEqualTo("-");
    }

    @Test
    void linksAreGluedSoTheyNeverBreakInsideAndCopyAsWritten() {
        String text = "Code at https://github.com/a/b-c and more.";
        DisplayText d = DisplayText.of(text, List.of("https://github.com/a/b-c"));
        assertThat(d.shown()).hasSize(text.length() + "https://github.com/a/b-c".length() - 1)
                .contains("h\uFEFFt\uFEFFt\uFEFFp");
        java.text.BreakIterator lines = java.text.BreakIterator.getLineInstance();
        lines.setText(d.shown());
        int start = d.shownIndex(text.indexOf("https"));
        int end = d.shownIndex(text.indexOf(" and"));
        for (int i = start + 1; i < end; i++) {
            assertThat(lines.isBoundary(i)).as("break at " + i).isFalse();
        }
        assertThat(d.sourceText(0, d.shown().length())).isEqualTo(text);
        assertThat(d.sourceIndex(d.shownIndex(12))).isEqualTo(12);
        assertThat(d.linkAt(text.indexOf("github")).url()).isEqualTo("https://github.com/a/b-c");
        assertThat(d.linkAt(2)).isNull();
    }

    @Test
    void aBareUrlIsALinkWithoutTheSentencesFullStopAndIsStyledAsOne() {
        String note = "See https://github.com/a/b. Or http://example.org/x?y=1, not example.";
        List<String> destinations = new ArrayList<>();
        MarkdownNotes.parse(note).accept(new org.commonmark.node.AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Link link) {
                destinations.add(link.getDestination());
            }
        });
        assertThat(destinations).containsExactly("https://github.com/a/b", "http://example.org/x?y=1");
        int offset = 0;
        for (StyleSpan<Collection<String>> span : MarkdownStyles.of(note)) {
            if (offset == note.indexOf("https")) {
                assertThat(span.getStyle()).contains("md-link");
                assertThat(span.getLength()).isEqualTo("https://github.com/a/b".length());
            }
            offset += span.getLength();
        }
    }
}
