package io.papershelf.ui.window;

import javafx.application.Platform;

import io.papershelf.ui.common.CopyLink;
import io.papershelf.ui.common.LinkOpener;
import io.papershelf.ui.common.Notice;

/**
 * Every link the window opens (Enter, Ctrl+G, a repository button, a link in the abstract or a note) goes
 * through here: only web links reach the browser, and one that could not be opened is copied to the
 * clipboard and said in a notice, never dropped in silence.
 */
final class ReportedLinks implements LinkOpener {
    private final LinkOpener browser;
    private final MainViewModel vm;

    ReportedLinks(LinkOpener browser, MainViewModel vm) {
        this.browser = LinkOpener.webOnly(browser);
        this.vm = vm;
    }

    @Override
    public void open(String url) {
        browser.open(url, reason -> {
            if (Platform.isFxApplicationThread()) {
                failed(url, reason);
            } else {
                Platform.runLater(() -> failed(url, reason));
            }
        });
    }

    private void failed(String url, String reason) {
        CopyLink.copy(url);
        String why = reason == null || reason.isBlank() ? "" : " (" + reason.strip().replaceAll("[.]$", "") + ")";
        vm.showNotice(Notice.warning("Could not open " + url + why + "; the link is copied to the clipboard, "
                + "to paste into a browser."));
    }
}
