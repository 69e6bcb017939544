package io.papershelf.listing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.papershelf.model.PublishedDate;

/**
 * The publication date of a BibTeX entry, as precise as the entry says: biblatex's {@code date = {2024-10-07}}
 * (or {@code 2024-10}, {@code 2024}), else {@code year} with {@code month} as a number, a name or a macro
 * ({@code oct}). A year alone stays a year and a month without a day stays a month: nothing is invented.
 */
final class BibtexDates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private BibtexDates() {
    }

    /** The date, or null when there is none or it is not a real date. */
    static PublishedDate published(String date, String year, String month) {
        Matcher iso = ISO.matcher(date);
        if (iso.find()) {
            return PublishedDate.of(Integer.parseInt(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
        }
        Matcher y = YEAR.matcher(year);
        if (!y.find()) {
            return null;
        }
        return PublishedDate.of(Integer.parseInt(y.group(1)), month(month), null);
    }

    /** 10, "10", "oct", "October", "Oct." as a month number; null when it is none of these. */
    static Integer month(String month) {
        String m = month.trim().toLowerCase(Locale.ROOT);
        if (m.matches("\\d{1,2}")) {
            int n = Integer.parseInt(m);
            return n >= 1 && n <= 12 ? n : null;
        }
        int i = m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) : -1;
        return i >= 0 ? i + 1 : null;
    }

    private static Integer number(String digits) {
        return digits == null ? null : Integer.parseInt(digits);
    }
}
