package io.papershelf.ui.window;

import java.util.List;
import java.util.stream.Collectors;

import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;

import io.papershelf.library.PrimaryLink;
import io.papershelf.model.Paper;
import io.papershelf.ui.common.Notice;

/**
 * Copies the selected papers to the clipboard: each title with its primary link (plain text, and HTML
 * links for rich editors), or BibTeX entries written by the library's export. A notice says what was copied.
 */
final class PaperCopy {
    private final MainViewModel vm;

    PaperCopy(MainViewModel vm) {
        this.vm = vm;
    }

    void titleAndLink(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        vm.withPapers(ids, papers -> {
            if (papers.isEmpty()) {
                return;
            }
            ClipboardContent content = new ClipboardContent();
            content.putString(text(papers));
            content.putHtml(html(papers));
            Clipboard.getSystemClipboard().setContent(content);
            vm.showNotice(Notice.info(papers.size() == 1 ? "Copied the title and link of “" + papers.get(0).title() + "”."
                    : "Copied the titles and links of " + papers.size() + " papers."));
        });
    }

    void bibtex(List<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        vm.withBibtex(ids, bibtex -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(bibtex);
            Clipboard.getSystemClipboard().setContent(content);
            vm.showNotice(Notice.info(ids.size() == 1 ? "Copied a BibTeX entry." : "Copied " + ids.size()
                    + " BibTeX entries."));
        });
    }

    /** "Title\nlink" per paper, a blank line between papers. */
    static String text(List<Paper> papers) {
        return papers.stream().map(p -> p.title() + "\n" + PrimaryLink.of(p)).collect(Collectors.joining("\n\n"));
    }

    static String html(List<Paper> papers) {
        return papers.stream().map(p -> "<a href=\"" + escape(PrimaryLink.of(p)) + "\">" + escape(p.title()) + "</a>")
                .collect(Collectors.joining("<br>\n"));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
