package io.papershelf.ui.detail;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Notes are CommonMark with GitHub's task lists, tables and bare links (a URL typed as is). One parser for the editor's styling and the
 * preview, keeping where each node came from in the text; and the toggling of a task box, which changes
 * one character of the text.
 */
final class MarkdownNotes {
    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), TaskListItemsExtension.create(),
            AutolinkExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS)
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();

    private MarkdownNotes() {
    }

    static Node parse(String text) {
        return PARSER.parse(text == null ? "" : text);
    }

    /**
     * The offset of the {@code [} of the task box of the list item starting at {@code itemStart}, or -1:
     * after the bullet or number and its spaces comes {@code [ ]}, {@code [x]} or {@code [X]}.
     */
    static int taskBox(String text, int itemStart) {
        int i = itemStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i < text.length() && "-*+".indexOf(text.charAt(i)) >= 0) {
            i++;
        } else {
            int digits = i;
            while (i < text.length() && Character.isDigit(text.charAt(i))) {
                i++;
            }
            if (i == digits || i >= text.length() || (text.charAt(i) != '.' && text.charAt(i) != ')')) {
                return -1;
            }
            i++;
        }
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        if (i + 2 < text.length() && text.charAt(i) == '[' && " xX".indexOf(text.charAt(i + 1)) >= 0
                && text.charAt(i + 2) == ']') {
            return i;
        }
        return -1;
    }

    /** The text with the task box at {@code box} ticked or cleared; unchanged when there is no box there. */
    static String setTask(String text, int box, boolean done) {
        if (box < 0 || box + 2 >= text.length() || text.charAt(box) != '[' || text.charAt(box + 2) != ']') {
            return text;
        }
        return text.substring(0, box + 1) + (done ? 'x' : ' ') + text.substring(box + 2);
    }
}
