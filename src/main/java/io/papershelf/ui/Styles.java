package io.papershelf.ui;

/** Style classes of papershelf.css, in one place. */
final class Styles {
    static final String SIDEBAR = "ps-sidebar";
    static final String SIDEBAR_HEADING = "ps-sidebar-heading";
    static final String SIDEBAR_COUNT = "ps-sidebar-count";
    static final String TAG_CHIP = "ps-tag-chip";
    static final String TAG_DOT = "ps-tag-dot";
    static final String READ_MARKER = "ps-read-marker";
    static final String UNREAD_ROW = "ps-unread";
    static final String DETAIL = "ps-detail";
    static final String DETAIL_TITLE = "ps-detail-title";
    static final String DETAIL_META = "ps-detail-meta";
    static final String SECTION_LABEL = "ps-section-label";
    static final String ABSTRACT = "ps-abstract";
    static final String NOTES = "ps-notes";
    static final String SAVE_STATUS = "ps-save-status";
    static final String SAVE_FAILED = "ps-save-failed";
    static final String EMPTY_STATE = "ps-empty-state";
    static final String EMPTY_TITLE = "ps-empty-title";
    static final String PLACEHOLDER = "ps-placeholder";
    static final String STATUS_BAR = "ps-status-bar";
    static final String DROP_TARGET = "ps-drop-target";
    static final String TOOLBAR = "ps-toolbar";
    static final String SUGGESTED_TAG = "ps-suggested-tag";

    private Styles() {
    }
}
