package io.papershelf.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import io.papershelf.model.PublishedDate;

/**
 * How the window writes a day ("20 May 2026"), in the list, the detail pane and the sidebar alike; a paper's
 * publication date is written at its own precision ("2001", "Mar 2001", "15 Mar 2001") by
 * {@link PublishedDate#display()}, which the model owns so that every view agrees.
 */
public final class DisplayDate {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private DisplayDate() {
    }

    public static String format(LocalDate day) {
        return DAY.format(day);
    }

    public static String format(PublishedDate date) {
        return date.display();
    }
}
