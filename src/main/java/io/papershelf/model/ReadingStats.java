package io.papershelf.model;

import java.time.LocalDate;
import java.util.List;

/**
 * How a reading list is going: how many papers there are and how many are read, what arrived and what was read
 * week by week, the unread backlog at the end of each week, the organisations and tags with most papers, and the
 * median time from adding a paper to reading it.
 *
 * @param papers           papers counted (not in the Trash)
 * @param read             of those, read now
 * @param withCode         of those, with a GitHub repository
 * @param weeks            ISO weeks in local time, oldest first, empty weeks included
 * @param organizations    organisations with most papers, most first (ties by name)
 * @param tags             tags with most papers, most first (ties by name)
 * @param medianDaysToRead median of (read at - added at) in days over the papers read now with a read time;
 *                         null when there is none
 */
public record ReadingStats(int papers, int read, int withCode, List<Week> weeks, List<Count> organizations,
                           List<Count> tags, Double medianDaysToRead) {

    public ReadingStats {
        weeks = List.copyOf(weeks);
        organizations = List.copyOf(organizations);
        tags = List.copyOf(tags);
    }

    public int unread() {
        return papers - read;
    }

    /**
     * One ISO week.
     *
     * @param label   "2026-W48" (the ISO week-based year, which can differ from the calendar year of its Monday)
     * @param monday  its first day
     * @param added   papers added that week
     * @param read    papers read now whose read time falls in that week
     * @param backlog papers added by the end of that week and not read by then, as far as today's read times tell
     */
    public record Week(String label, LocalDate monday, int added, int read, int backlog) {
    }

    /** A name (an organisation, a tag) and how many of the papers counted have it. */
    public record Count(String name, int papers) {
    }
}
