package io.papershelf.ui.common;

/** Hands a web address to the desktop's browser (HostServices in the app; a recorder in tests). */
@FunctionalInterface
public interface LinkOpener {
    void open(String url);
}
