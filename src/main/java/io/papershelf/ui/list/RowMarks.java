package io.papershelf.ui.list;

import java.util.ArrayList;
import java.util.List;

import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.feather.Feather;

import io.papershelf.model.PaperRow;

/**
 * The small marks the list shows beside a paper for what the user added to it: a note today. Where a new
 * kind of mark plugs in (highlights, once rows know of them): one more {@link Mark} and one line in
 * {@link #of}; the column, its sort and its hiding when no paper has a mark follow.
 */
final class RowMarks {
    /** A kind of mark: its icon and what it says to a screen reader. */
    enum Mark {
        NOTE(Feather.EDIT_3, "has a note");

        private final Ikon icon;
        private final String description;

        Mark(Ikon icon, String description) {
            this.icon = icon;
            this.description = description;
        }

        Ikon icon() {
            return icon;
        }

        String description() {
            return description;
        }
    }

    private RowMarks() {
    }

    static List<Mark> of(PaperRow row) {
        List<Mark> out = new ArrayList<>(1);
        if (row.hasNote()) {
            out.add(Mark.NOTE);
        }
        return out;
    }

    static boolean any(PaperRow row) {
        return row.hasNote();
    }
}
