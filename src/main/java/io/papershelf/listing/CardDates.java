package io.papershelf.listing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The dates of the Hugging Face pages: "Dec 17, 2025", "May 3" (no year), optionally followed by the
 * comment count ("Oct 28, 2025 2"). A yearless date is in the listing's year, or in the year before when
 * its month and day come after the listing's.
 */
final class CardDates {
    /** A date line taken apart: month and day, the year when shown, the trailing number when shown. */
    record DateLine(MonthDay monthDay, Integer year, Integer trailingNumber) {
        LocalDate resolve(LocalDate listingDate) {
            if (year != null) {
                return monthDay.atYear(year);
            }
            int y = listingDate.getYear();
            if (monthDay.isAfter(MonthDay.from(listingDate))) {
                y--;
            }
            return monthDay.isValidYear(y) ? monthDay.atYear(y) : monthDay.atYear(y - 1);
        }
    }

    private CardDates() {
    }

    /**
     * The date line this line is, or null. Read by hand rather than by a regular expression: the readers ask this of
     * every line of a file (100,000 for 10,000 cards), and a cold JVM pays for the expression in the interpreter and
     * in its compilation (about 0.6 s of compile time for an import of 10,000 papers). The shape is
     * {@code Month[letters][.] D[D][, [ ]YYYY][ N]}, the month in any case: the first three letters name it.
     */
    static DateLine parse(String line) {
        // Most lines fail at their first three letters, here, without a copy: this much is compiled at once and cheaply,
        // the rest (only for lines that begin with a month's name) is the compiler's smaller task.
        int at = 0;
        int n = line.length();
        while (at < n && line.charAt(at) <= ' ') {
            at++; // as String.trim
        }
        return n - at >= 5 && month(line, at) > 0 ? read(line.trim()) : null; // "May 3" is the shortest
    }

    private static DateLine read(String s) {
        int n = s.length();
        int month = month(s, 0);
        if (n < 5 || month == 0) {
            return null;
        }
        int i = 3;
        while (i < n && isLetter(s.charAt(i))) {
            i++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
        }
        if (i >= n || s.charAt(i) != ' ') {
            return null;
        }
        int dayEnd = digits(s, ++i, 2);
        if (dayEnd == i) {
            return null;
        }
        int day = Integer.parseInt(s, i, dayEnd, 10);
        i = dayEnd;
        Integer year = null;
        if (i < n && s.charAt(i) == ',') {
            i++;
            if (i < n && s.charAt(i) == ' ') {
                i++;
            }
            if (digits(s, i, 4) != i + 4) {
                return null;
            }
            year = Integer.parseInt(s, i, i + 4, 10);
            i += 4;
        }
        Integer trailing = null;
        if (i < n) {
            if (s.charAt(i) != ' ') {
                return null;
            }
            int end = digits(s, ++i, 7);
            if (end == i || end != n) {
                return null;
            }
            trailing = Integer.parseInt(s, i, end, 10);
        }
        try {
            MonthDay md = MonthDay.of(month, day);
            if (year != null && !md.isValidYear(year)) {
                return null;
            }
            return new DateLine(md, year, trailing);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The month the three letters at {@code at} name, in any (ASCII) case, or 0. */
    private static int month(String s, int at) {
        int key = 0;
        for (int k = 0; k < 3; k++) {
            char c = s.charAt(at + k);
            if (!isLetter(c)) {
                return 0;
            }
            key = key << 8 | (c | 0x20);
        }
        return switch (key) {
            case 'j' << 16 | 'a' << 8 | 'n' -> 1;
            case 'f' << 16 | 'e' << 8 | 'b' -> 2;
            case 'm' << 16 | 'a' << 8 | 'r' -> 3;
            case 'a' << 16 | 'p' << 8 | 'r' -> 4;
            case 'm' << 16 | 'a' << 8 | 'y' -> 5;
            case 'j' << 16 | 'u' << 8 | 'n' -> 6;
            case 'j' << 16 | 'u' << 8 | 'l' -> 7;
            case 'a' << 16 | 'u' << 8 | 'g' -> 8;
            case 's' << 16 | 'e' << 8 | 'p' -> 9;
            case 'o' << 16 | 'c' << 8 | 't' -> 10;
            case 'n' << 16 | 'o' << 8 | 'v' -> 11;
            case 'd' << 16 | 'e' << 8 | 'c' -> 12;
            default -> 0;
        };
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The end of the run of at most {@code max} ASCII digits that starts at {@code from}. */
    private static int digits(String s, int from, int max) {
        int i = from;
        while (i < s.length() && i - from < max && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i;
    }
}
