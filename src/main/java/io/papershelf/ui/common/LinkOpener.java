package io.papershelf.ui.common;

import io.papershelf.library.LinkPolicy;

/** Hands a web address to the desktop's browser (HostServices in the app; a recorder in tests). */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);

    /** Only http and https links with a host reach {@code browser}; anything else is never opened. */
    static LinkOpener webOnly(LinkOpener browser) {
        return url -> {
            if (LinkPolicy.mayOpen(url)) {
                browser.open(url);
            }
        };
    }
}
