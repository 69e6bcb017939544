package io.papershelf.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the window writes a day ("20 May 2026"): in the list, the detail pane and the sidebar alike. */
public final class DisplayDate {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DisplayDate() {
    }

    public static String format(LocalDate day) {
        return DAY.format(day);
    }
}
