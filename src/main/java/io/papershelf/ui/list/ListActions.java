package io.papershelf.ui.list;

import java.util.List;

/**
 * What the list's keys and context menu do to the selected papers. The window implements it, because
 * the detail pane and the library's view model take part.
 */
public interface ListActions {
    void toggleRead();

    void openGithub();

    /** Whether the paper shown in the detail pane has GitHub links. */
    boolean canOpenGithub();

    void moveToTrash(List<Long> ids);

    void restoreFromTrash(List<Long> ids);
}
