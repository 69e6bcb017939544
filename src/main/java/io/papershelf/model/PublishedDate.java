package io.papershelf.model;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * When a paper appeared, exactly as precisely as its source said: a year ({@code 2001}), a month
 * ({@code 2001-03}) or a day ({@code 2001-03-15}). A year is never turned into 1 January: {@link #date()} is
 * the first day of the period, for sorting only, and {@link #iso()} and {@link #display()} print what is
 * known and no more. Every place that prints a publication date (list, detail pane, exports) uses these.
 */
public record PublishedDate(LocalDate date, Precision precision) implements Comparable<PublishedDate> {
    /** How much of the date is known. */
    public enum Precision { YEAR, MONTH, DAY }

    private static final DateTimeFormatter DAY_FORMAT = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH_FORMAT = DateTimeFormatter.ofPattern("MMM yyyy", Locale.ENGLISH);

    public PublishedDate {
        if (date == null || precision == null) {
            throw new IllegalArgumentException("a published date needs a date and a precision");
        }
        date = switch (precision) {
            case YEAR -> date.withDayOfYear(1);
            case MONTH -> date.withDayOfMonth(1);
            case DAY -> date;
        };
    }

    public static PublishedDate ofYear(int year) {
        return new PublishedDate(LocalDate.of(year, 1, 1), Precision.YEAR);
    }

    public static PublishedDate ofMonth(int year, int month) {
        return new PublishedDate(LocalDate.of(year, month, 1), Precision.MONTH);
    }

    /** A full date, or null for null. */
    public static PublishedDate of(LocalDate day) {
        return day == null ? null : new PublishedDate(day, Precision.DAY);
    }

    /** Year, month and day where given (month and day may be null), or null when they are not a real date. */
    public static PublishedDate of(int year, Integer month, Integer day) {
        try {
            if (month == null) {
                return ofYear(year);
            }
            return day == null ? ofMonth(year, month) : of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    /**
     * Reads {@code 2001}, {@code 2001-03} or {@code 2001-03-15}; null for null or blank.
     *
     * @throws DateTimeParseException when the text is none of these
     */
    public static PublishedDate parse(String iso) {
        if (iso == null || iso.isBlank()) {
            return null;
        }
        String s = iso.strip();
        try {
            return switch (s.length()) {
                case 4 -> ofYear(Integer.parseInt(s));
                case 7 -> ofMonth(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)));
                default -> of(LocalDate.parse(s));
            };
        } catch (NumberFormatException | DateTimeException e) {
            throw new DateTimeParseException("not a date of the form 2001, 2001-03 or 2001-03-15", s, 0);
        }
    }

    public int year() {
        return date.getYear();
    }

    /** {@code 2001}, {@code 2001-03} or {@code 2001-03-15}: the stored and exported form. */
    public String iso() {
        return switch (precision) {
            case YEAR -> String.format(Locale.ROOT, "%04d", date.getYear());
            case MONTH -> String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
            case DAY -> date.toString();
        };
    }

    /** {@code 2001}, {@code Mar 2001} or {@code 15 Mar 2001}: how the window shows it. */
    public String display() {
        return switch (precision) {
            case YEAR -> String.valueOf(date.getYear());
            case MONTH -> MONTH_FORMAT.format(date);
            case DAY -> DAY_FORMAT.format(date);
        };
    }

    /** Whether this says more than {@code other} (a day over a month over a year). */
    public boolean finerThan(PublishedDate other) {
        return other == null || precision.compareTo(other.precision) > 0;
    }

    /** By the first day of the period, then coarse before precise. */
    @Override
    public int compareTo(PublishedDate o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : precision.compareTo(o.precision);
    }

    @Override
    public String toString() {
        return iso();
    }
}
