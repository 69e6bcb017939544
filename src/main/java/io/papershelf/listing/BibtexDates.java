package io.papershelf.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication date of a BibTeX entry: biblatex's {@code date = {2024-10-07}} (or {@code 2024-10},
 * {@code 2024}), else {@code year} with {@code month} as a number, a name or a macro ({@code oct}). A
 * listing entry holds a full date, so a missing day is the 1st and a missing month January; the BibTeX
 * export writes only year and month back.
 */
final class BibtexDates {
    private static final Pattern ISO = Pattern.compile("^(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");

    private BibtexDates() {
    }

    /** The date, or null when there is none or it is not a real date. */
    static LocalDate published(String date, String year, String month) {
        Matcher iso = ISO.matcher(date);
        if (iso.find()) {
            return of(Integer.parseInt(iso.group(1)), number(iso.group(2)), number(iso.group(3)));
        }
        Matcher y = YEAR.matcher(year);
        if (!y.find()) {
            return null;
        }
        return of(Integer.parseInt(y.group(1)), month(month), 1);
    }

    /** 10, "10", "oct", "October", "Oct." as a month number; 1 when it is none of these. */
    static int month(String month) {
        String m = month.trim().toLowerCase(Locale.ROOT);
        if (m.matches("\\d{1,2}")) {
            int n = Integer.parseInt(m);
            return n >= 1 && n <= 12 ? n : 1;
        }
        int i = m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) : -1;
        return i >= 0 ? i + 1 : 1;
    }

    private static int number(String digits) {
        return digits == null ? 1 : Integer.parseInt(digits);
    }

    private static LocalDate of(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
