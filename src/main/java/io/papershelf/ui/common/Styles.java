package io.papershelf.ui.common;

/** Style classes of papershelf.css, in one place. */
public final class Styles {
    public static final String SIDEBAR = "ps-sidebar";
    public static final String SIDEBAR_HEADING = "ps-sidebar-heading";
    public static final String SIDEBAR_COUNT = "ps-sidebar-count";
    public static final String SIDEBAR_TOGGLE = "ps-sidebar-toggle";
    public static final String SIDEBAR_PANE = "ps-sidebar-pane";
    public static final String TAG_CHIP = "ps-tag-chip";
    public static final String TAG_DOT = "ps-tag-dot";
    public static final String READ_MARKER = "ps-read-marker";
    public static final String UNREAD_ROW = "ps-unread";
    public static final String DETAIL = "ps-detail";
    public static final String DETAIL_TITLE = "ps-detail-title";
    public static final String DETAIL_META = "ps-detail-meta";
    public static final String DETAIL_SUMMARY = "ps-detail-summary";
    public static final String SECTION_LABEL = "ps-section-label";
    public static final String ABSTRACT = "ps-abstract";
    public static final String NOTES = "ps-notes";
    public static final String SAVE_STATUS = "ps-save-status";
    public static final String SAVE_FAILED = "ps-save-failed";
    public static final String EMPTY_STATE = "ps-empty-state";
    public static final String EMPTY_TITLE = "ps-empty-title";
    public static final String PLACEHOLDER = "ps-placeholder";
    public static final String STATUS_BAR = "ps-status-bar";
    public static final String DROP_TARGET = "ps-drop-target";
    public static final String TOOLBAR = "ps-toolbar";
    public static final String SUGGESTED_TAG = "ps-suggested-tag";
    public static final String NOTICE = "ps-notice";
    public static final String ROW_MARK = "ps-row-mark";
    public static final String ROW_SUMMARY = "ps-row-summary";
    public static final String TRIAGE_PROGRESS = "ps-triage-progress";
    public static final String SAMPLE_LISTING = "ps-sample-listing";
    public static final String SCORE_TRACK = "ps-score-track";
    public static final String SCORE_FILL = "ps-score-fill";
    /** A list column whose header shows its icon and not its name (the column menu lists the name). */
    public static final String ICON_HEADER = "ps-icon-header";
    public static final String RANKING_BAR = "ps-ranking-bar";
    public static final String RANKING_LINE = "ps-ranking-line";
    public static final String RANKING_ICON = "ps-ranking-icon";
    public static final String YOUR_TAG = "ps-your-tag";
    public static final String KEY_HINT = "ps-key-hint";

    private Styles() {
    }
}
