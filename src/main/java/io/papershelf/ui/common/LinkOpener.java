package io.papershelf.ui.common;

import java.util.function.Consumer;

import io.papershelf.library.LinkPolicy;

/**
 * Hands a web address to the desktop's browser (the app's {@code DesktopBrowser}; a recorder in tests). A
 * link that cannot be opened is never silent: the opener says why, at once or when it learns it, and the
 * window tells the user and copies the link.
 */
@FunctionalInterface
public interface LinkOpener {
    /** Hands the link over; throws an unchecked exception saying why when it cannot. */
    void open(String url);

    /** The same, telling {@code failed} (on any thread, now or later) why the link could not be opened. */
    default void open(String url, Consumer<String> failed) {
        try {
            open(url);
        } catch (RuntimeException e) {
            failed.accept(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    /** Only http and https links with a host reach {@code browser}; anything else is never opened. */
    static LinkOpener webOnly(LinkOpener browser) {
        return new LinkOpener() {
            @Override
            public void open(String url) {
                if (LinkPolicy.mayOpen(url)) {
                    browser.open(url);
                }
            }

            @Override
            public void open(String url, Consumer<String> failed) {
                if (LinkPolicy.mayOpen(url)) {
                    browser.open(url, failed);
                }
            }
        };
    }
}
