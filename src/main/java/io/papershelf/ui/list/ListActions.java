package io.papershelf.ui.list;

import java.util.List;

import io.papershelf.model.PaperRow;

/**
 * What the list's keys and context menu do to the selected papers. The window implements it, because
 * the detail pane, the search field and the library's view model take part.
 */
public interface ListActions {
    void toggleRead();

    /** A click on one row's read dot. */
    void toggleRead(PaperRow row);

    /** Done: mark read and go to the next paper of the view. */
    void done();

    void markUnread();

    /** The tag field takes the focus. */
    void addTag();

    /** In "More like this": adds the tag to the selected papers, which leave the list, and selects the next. */
    void acceptLikeTag();

    /** The note editor takes the focus. */
    void editNote();

    /** The search field takes the focus. */
    void search();

    void openGithub();

    /** Whether the paper shown in the detail pane has GitHub links. */
    boolean canOpenGithub();

    /** Opens the paper's own page ({@code PrimaryLink}). */
    void openPage();

    void copyTitleAndLink();

    void copyBibtex();

    void moveToTrash(List<Long> ids);

    void restoreFromTrash(List<Long> ids);
}
