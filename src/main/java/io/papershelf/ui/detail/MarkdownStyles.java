package io.papershelf.ui.detail;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The note editor's light styling: headings larger and bold, emphasis, code in a fixed font, links, quotes
 * and task boxes coloured. Computed from the same parse as the preview, by where each node sits in the text.
 */
final class MarkdownStyles {
    private MarkdownStyles() {
    }

    /** One style class per character range, in order, covering the whole text. */
    static StyleSpans<Collection<String>> of(String text) {
        String[] classes = new String[text.length()];
        Node doc = MarkdownNotes.parse(text);
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                mark(h, "md-heading");
                visitChildren(h);
            }

            @Override
            public void visit(Emphasis e) {
                mark(e, "md-em");
                visitChildren(e);
            }

            @Override
            public void visit(StrongEmphasis s) {
                mark(s, "md-strong");
                visitChildren(s);
            }

            @Override
            public void visit(Code c) {
                mark(c, "md-code");
            }

            @Override
            public void visit(FencedCodeBlock c) {
                mark(c, "md-code");
            }

            @Override
            public void visit(IndentedCodeBlock c) {
                mark(c, "md-code");
            }

            @Override
            public void visit(Link l) {
                mark(l, "md-link");
            }

            @Override
            public void visit(BlockQuote q) {
                mark(q, "md-quote");
                visitChildren(q);
            }

            @Override
            public void visit(ListItem item) {
                List<SourceSpan> spans = item.getSourceSpans();
                if (!spans.isEmpty()) {
                    int box = MarkdownNotes.taskBox(text, spans.get(0).getInputIndex());
                    if (box >= 0) {
                        set(box, box + 3, "md-task");
                    }
                }
                visitChildren(item);
            }

            @Override
            public void visit(org.commonmark.node.CustomBlock block) {
                if (block instanceof TableBlock) {
                    mark(block, "md-table");
                }
                visitChildren(block);
            }

            private void mark(Node n, String style) {
                for (SourceSpan s : n.getSourceSpans()) {
                    set(s.getInputIndex(), s.getInputIndex() + s.getLength(), style);
                }
            }

            private void set(int from, int to, String style) {
                for (int i = Math.max(0, from); i < Math.min(to, classes.length); i++) {
                    classes[i] = style; // inner nodes are visited later and win
                }
            }
        });
        StyleSpansBuilder<Collection<String>> b = new StyleSpansBuilder<>();
        if (text.isEmpty()) {
            b.add(Collections.emptyList(), 0);
            return b.create();
        }
        int runStart = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || !java.util.Objects.equals(classes[i], classes[runStart])) {
                b.add(classes[runStart] == null ? Collections.emptyList() : new ArrayList<>(List.of(classes[runStart])),
                        i - runStart);
                runStart = i;
            }
        }
        return b.create();
    }
}
