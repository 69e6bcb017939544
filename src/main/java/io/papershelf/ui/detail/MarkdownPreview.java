package io.papershelf.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Separator;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.ThematicBreak;

import io.papershelf.library.LinkPolicy;
import io.papershelf.ui.common.CopyLink;

/**
 * A note rendered with JavaFX nodes (no WebView): headings, paragraphs with emphasis, code and links, lists
 * with clickable task boxes, quotes, code blocks, tables and rules. A task box changes the text through
 * {@code toggleTask} (the offset of its {@code [} and the new state); links open through {@code openLink},
 * which only ever hands http and https links to the browser.
 */
final class MarkdownPreview {
    private final Consumer<String> openLink;
    private final TaskToggle toggleTask;

    /** Ticks or clears the task box whose {@code [} is at {@code box}. */
    @FunctionalInterface
    interface TaskToggle {
        void set(int box, boolean done);
    }

    MarkdownPreview(Consumer<String> openLink, TaskToggle toggleTask) {
        this.openLink = openLink;
        this.toggleTask = toggleTask;
    }

    /** The rendered note. */
    VBox render(String text) {
        VBox out = new VBox(8);
        out.getStyleClass().add("md-preview");
        blocks(MarkdownNotes.parse(text), text, out);
        if (out.getChildren().isEmpty()) {
            Label empty = new Label("Nothing written yet. Ctrl+Shift+P goes back to the editor.");
            empty.getStyleClass().add("md-empty");
            empty.setWrapText(true); // whole in a narrow pane: it says how to go back
            out.getChildren().add(empty);
        }
        return out;
    }

    private void blocks(Node parent, String text, VBox into) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            javafx.scene.Node block = block(n, text);
            if (block != null) {
                into.getChildren().add(block);
            }
        }
    }

    private javafx.scene.Node block(Node n, String text) {
        if (n instanceof Heading h) {
            TextFlow flow = inline(h);
            flow.getStyleClass().addAll("md-heading", "md-h" + Math.min(h.getLevel(), 4));
            return flow;
        }
        if (n instanceof Paragraph p) {
            return inline(p);
        }
        if (n instanceof ListBlock list) {
            return list(list, text);
        }
        if (n instanceof BlockQuote q) {
            VBox box = new VBox(6);
            box.getStyleClass().add("md-quote");
            blocks(q, text, box);
            return box;
        }
        if (n instanceof FencedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof IndentedCodeBlock c) {
            return code(c.getLiteral());
        }
        if (n instanceof HtmlBlock html) {
            return code(html.getLiteral());
        }
        if (n instanceof ThematicBreak) {
            return new Separator();
        }
        if (n instanceof TableBlock table) {
            return table(table);
        }
        return null;
    }

    private VBox list(ListBlock list, String text) {
        VBox items = new VBox(4);
        items.getStyleClass().add("md-list");
        int number = list instanceof OrderedList o && o.getMarkerStartNumber() != null ? o.getMarkerStartNumber() : 1;
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (!(item instanceof ListItem li)) {
                continue;
            }
            VBox body = new VBox(4);
            blocks(li, text, body);
            HBox.setHgrow(body, Priority.ALWAYS);
            javafx.scene.Node marker;
            TaskListItemMarker task = findTask(li);
            int box = task == null || li.getSourceSpans().isEmpty() ? -1
                    : MarkdownNotes.taskBox(text, li.getSourceSpans().get(0).getInputIndex());
            if (box >= 0) {
                CheckBox check = new CheckBox();
                check.setSelected(task.isChecked());
                check.getStyleClass().add("md-task");
                check.setAccessibleText(task.isChecked() ? "Done" : "To do");
                check.setOnAction(e -> toggleTask.set(box, check.isSelected()));
                marker = check;
            } else {
                Label bullet = new Label(list instanceof BulletList ? "•" : number + ".");
                bullet.getStyleClass().add("md-bullet");
                bullet.setMinWidth(list instanceof BulletList ? 12 : 22);
                marker = bullet;
            }
            number++;
            HBox row = new HBox(6, marker, body);
            row.setAlignment(Pos.TOP_LEFT);
            items.getChildren().add(row);
        }
        return items;
    }

    private static TaskListItemMarker findTask(ListItem li) {
        Node first = li.getFirstChild();
        if (first instanceof TaskListItemMarker m) {
            return m;
        }
        return first != null && first.getFirstChild() instanceof TaskListItemMarker m ? m : null;
    }

    private static Label code(String literal) {
        Label l = new Label(literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal);
        l.getStyleClass().add("md-code-block");
        l.setWrapText(true);
        l.setMaxWidth(Double.MAX_VALUE);
        return l;
    }

    private GridPane table(TableBlock table) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("md-table");
        grid.setMaxWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        int row = 0;
        for (Node section = table.getFirstChild(); section != null; section = section.getNext()) {
            boolean head = section instanceof TableHead;
            for (Node tr = section.getFirstChild(); tr != null; tr = tr.getNext()) {
                int col = 0;
                for (Node cell = tr.getFirstChild(); cell != null; cell = cell.getNext()) {
                    if (cell instanceof TableCell c) {
                        TextFlow flow = inline(c);
                        flow.getStyleClass().add(head ? "md-th" : "md-td");
                        flow.setPadding(new Insets(3, 8, 3, 8));
                        grid.add(flow, col++, row);
                    }
                }
                row++;
            }
        }
        return grid;
    }

    /** A block's inline content as one flow of styled texts and links. */
    private TextFlow inline(Node block) {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("md-text");
        List<javafx.scene.Node> parts = new ArrayList<>();
        inlines(block, List.of(), parts);
        flow.getChildren().setAll(parts);
        return flow;
    }

    private void inlines(Node parent, List<String> styles, List<javafx.scene.Node> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof org.commonmark.node.Text t) {
                out.add(text(t.getLiteral(), styles));
            } else if (n instanceof Code c) {
                out.add(text(c.getLiteral(), with(styles, "md-code")));
            } else if (n instanceof Emphasis) {
                inlines(n, with(styles, "md-em"), out);
            } else if (n instanceof StrongEmphasis) {
                inlines(n, with(styles, "md-strong"), out);
            } else if (n instanceof SoftLineBreak) {
                out.add(text(" ", styles));
            } else if (n instanceof HardLineBreak) {
                out.add(text("\n", styles));
            } else if (n instanceof Link link) {
                out.add(link(plain(link), link.getDestination()));
            } else if (n instanceof Image image) {
                out.add(link(plain(image).isEmpty() ? image.getDestination() : plain(image), image.getDestination()));
            } else if (n instanceof HtmlInline html) {
                out.add(text(html.getLiteral(), styles));
            } else if (!(n instanceof TaskListItemMarker)) {
                inlines(n, styles, out);
            }
        }
    }

    private javafx.scene.Node link(String label, String url) {
        if (!LinkPolicy.mayOpen(url)) {
            return text(label.isEmpty() ? url : label, List.of("md-link-refused"));
        }
        Hyperlink h = new Hyperlink(label.isEmpty() ? url : label);
        h.getStyleClass().add("md-link");
        h.setOnAction(e -> openLink.accept(url));
        CopyLink.install(h, url, openLink);
        return h;
    }

    private static String plain(Node n) {
        StringBuilder b = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof org.commonmark.node.Text t) {
                b.append(t.getLiteral());
            } else if (c instanceof Code code) {
                b.append(code.getLiteral());
            } else {
                b.append(plain(c));
            }
        }
        return b.toString();
    }

    private static Text text(String s, List<String> styles) {
        Text t = new Text(s);
        t.getStyleClass().add("md-run");
        t.getStyleClass().addAll(styles);
        return t;
    }

    private static List<String> with(List<String> styles, String style) {
        List<String> out = new ArrayList<>(styles);
        out.add(style);
        return out;
    }
}
