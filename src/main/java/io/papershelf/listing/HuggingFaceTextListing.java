package io.papershelf.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;
import io.papershelf.model.TitleKey;

/**
 * A Hugging Face papers page copied from the browser as plain text. A card is a title line, an abstract
 * paragraph, then optionally a byline ({@code • 7 authors} or an organisation line
 * {@code MicrosoftResearch Microsoft Research}), a line {@code ·} and the date line, which may end with
 * the comment count. Cards without the byline block are papers all the same.
 *
 * <p>The text is cut into units: paragraphs (runs of non-blank lines), with byline markers, the dot and
 * date lines always units of their own, so that extra or missing blank lines do not matter. Header
 * lines are dropped wherever they stand, which also handles a page saved twice into one file.
 */
public final class HuggingFaceTextListing implements ListingReader {
    private static final Pattern AUTHORS = Pattern.compile("^[•*\\-]\\s*(\\d{1,6})\\s+authors?$");
    private static final Set<String> HEADER_LINES = Set.of(
            "new", "get trending papers in your email inbox!", "get trending papers in your email inbox once a day!",
            "subscribe", "daily papers", "byak and the research community", "by ak and the research community",
            "daily", "weekly", "monthly", "trending papers");
    private static final int MAX_TITLE_LENGTH = 400;
    private static final int MAX_HEADER_LENGTH = HEADER_LINES.stream().mapToInt(String::length).max().orElse(0);

    private enum Kind { TEXT, AUTHORS, DOT, DATE, HEADER }

    /** A unit of the text; a date line keeps its parsed date, so that it is read once. */
    private record Unit(Kind kind, String text, int line, CardDates.DateLine date) {
    }

    @Override
    public String name() {
        return "Hugging Face text";
    }

    @Override
    public boolean accepts(ListingText text) {
        boolean header = false;
        boolean dotThenDate = false;
        List<String> lines = text.lines();
        String previous = null;
        for (String raw : lines) {
            String line = raw.trim();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("https://huggingface.co/papers/") || line.startsWith("### [")
                    || line.startsWith("<")) {
                return false;
            }
            if (line.equalsIgnoreCase("Daily Papers") || line.startsWith("Get trending papers in your email")) {
                header = true;
            }
            if ("·".equals(previous) && CardDates.parse(line) != null) {
                dotThenDate = true;
            }
            previous = line;
        }
        return header || dotThenDate;
    }

    @Override
    public Listing read(ListingText text, LocalDate fallbackDate) throws ListingException {
        List<Unit> units = units(text.lines());
        LocalDate listingDate = fallbackDate;
        List<Unit> body = new ArrayList<>();
        int i = 0;
        boolean dateSeen = false;
        while (i < units.size()) {
            Unit u = units.get(i);
            if (u.kind == Kind.HEADER) {
                // A header runs up to the listing's own date (a search term may stand before it).
                int j = i;
                while (j < units.size() && j - i < 12 && units.get(j).kind != Kind.DATE) {
                    j++;
                }
                if (j < units.size() && units.get(j).kind == Kind.DATE) {
                    if (!dateSeen) {
                        listingDate = listingDate(units.get(j).date, fallbackDate);
                        dateSeen = true;
                    }
                    i = j + 1;
                } else {
                    i++;
                }
                continue;
            }
            body.add(u);
            i++;
        }
        List<ListingEntry> entries = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        cards(text.fileName(), body, listingDate, entries, skipped);
        if (entries.isEmpty()) {
            throw new ListingException(text.fileName(), 0,
                    "no paper cards were found, so it does not look like a Hugging Face papers listing");
        }
        return new Listing(text.fileName(), listingDate, name(), entries, skipped);
    }

    private static LocalDate listingDate(CardDates.DateLine d, LocalDate fallback) {
        if (d.year() != null) {
            return d.monthDay().atYear(d.year());
        }
        return d.resolve(fallback);
    }

    private static List<Unit> units(List<String> lines) {
        List<Unit> units = new ArrayList<>();
        StringBuilder paragraph = null;
        int paragraphLine = 0;
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).trim();
            CardDates.DateLine date = CardDates.parse(line);
            Kind kind = date != null ? Kind.DATE : classify(line);
            if (line.isEmpty() || kind != Kind.TEXT) {
                if (paragraph != null) {
                    units.add(new Unit(Kind.TEXT, paragraph.toString(), paragraphLine, null));
                    paragraph = null;
                }
                if (!line.isEmpty()) {
                    units.add(new Unit(kind, line, n + 1, date));
                }
                continue;
            }
            if (paragraph == null) {
                paragraph = new StringBuilder(line);
                paragraphLine = n + 1;
            } else {
                paragraph.append(' ').append(line);
            }
        }
        if (paragraph != null) {
            units.add(new Unit(Kind.TEXT, paragraph.toString(), paragraphLine, null));
        }
        return units;
    }

    /** The kind of a line that is not a date line. */
    private static Kind classify(String line) {
        if (line.equals("·") || line.equals("•")) {
            return Kind.DOT;
        }
        if (!line.isEmpty() && "•*-".indexOf(line.charAt(0)) >= 0 && AUTHORS.matcher(line).matches()) {
            return Kind.AUTHORS;
        }
        if (line.length() <= MAX_HEADER_LENGTH && HEADER_LINES.contains(line.toLowerCase(java.util.Locale.ROOT))) {
            return Kind.HEADER;
        }
        return Kind.TEXT;
    }

    /** Walks the body: text runs end either at a byline block (their last card has it) or at the end. */
    private static void cards(String file, List<Unit> body, LocalDate listingDate, List<ListingEntry> out,
                              List<String> skipped) {
        Set<String> seen = new HashSet<>();
        List<Unit> run = new ArrayList<>();
        int i = 0;
        while (i < body.size()) {
            Unit u = body.get(i);
            if (u.kind == Kind.TEXT) {
                run.add(u);
                i++;
                continue;
            }
            // A byline block: [AUTHORS | organisation TEXT] DOT DATE, in any order of presence.
            Unit byline = null;
            if (u.kind == Kind.AUTHORS) {
                byline = u;
                i++;
            } else if (u.kind == Kind.DOT && !run.isEmpty() && isOrganisationLine(run)) {
                byline = run.remove(run.size() - 1);
            }
            Unit dateUnit = null;
            if (i < body.size() && body.get(i).kind == Kind.DOT) {
                i++;
            }
            if (i < body.size() && body.get(i).kind == Kind.DATE) {
                dateUnit = body.get(i);
                i++;
            }
            if (run.isEmpty()) {
                if (byline != null || dateUnit != null) {
                    skipped.add("line " + (byline != null ? byline.line : dateUnit.line)
                            + ": a byline or date with no paper title before it");
                }
                if (byline == null && dateUnit == null) {
                    i++; // a stray dot
                }
                continue;
            }
            List<ListingEntry.Builder> built = pair(run);
            run.clear();
            applyByline(built.get(built.size() - 1), byline, dateUnit, listingDate);
            addAll(built, seen, out, skipped);
        }
        if (!run.isEmpty()) {
            addAll(pair(run), seen, out, skipped);
        }
    }

    private static boolean isOrganisationLine(List<Unit> run) {
        Unit last = run.get(run.size() - 1);
        return run.size() >= 3 && last.text.length() <= 120;
    }

    /** Title and abstract pairs out of a run of text paragraphs, for cards without byline blocks too. */
    private static List<ListingEntry.Builder> pair(List<Unit> run) {
        List<ListingEntry.Builder> cards = new ArrayList<>();
        int n = run.size();
        int i = 0;
        while (i < n) {
            Unit title = run.get(i);
            ListingEntry.Builder b = ListingEntry.builder(shorten(title.text)).line(title.line);
            boolean hasNext = i + 1 < n;
            boolean nextIsAbstract = hasNext && ((n - i) % 2 == 0 || !looksLikeTitle(run.get(i + 1).text));
            if (nextIsAbstract) {
                String abs = run.get(i + 1).text;
                b.abstractText(abs);
                List<String> links = Links.find(abs);
                b.links(links).githubUrls(Links.githubRepositories(links));
                i += 2;
            } else {
                i += 1;
            }
            cards.add(b);
        }
        return cards;
    }

    private static boolean looksLikeTitle(String text) {
        return text.length() <= 250 && !text.endsWith(".");
    }

    private static String shorten(String title) {
        return title.length() <= MAX_TITLE_LENGTH ? title : title.substring(0, MAX_TITLE_LENGTH).trim() + "…";
    }

    private static void applyByline(ListingEntry.Builder b, Unit byline, Unit dateUnit, LocalDate listingDate) {
        if (byline != null && byline.kind == Kind.AUTHORS) {
            Matcher m = AUTHORS.matcher(byline.text);
            if (m.matches()) {
                b.authorCount(Integer.valueOf(m.group(1)));
            }
        } else if (byline != null) {
            b.organization(organisation(byline.text));
        }
        if (dateUnit != null) {
            CardDates.DateLine d = dateUnit.date;
            b.published(d.resolve(listingDate));
            b.comments(d.trailingNumber() == null ? 0 : d.trailingNumber());
        } else {
            b.comments(0);
        }
    }

    /** "MicrosoftResearch Microsoft Research": the first word is the handle, the rest the display name. */
    static Organization organisation(String line) {
        String[] parts = line.trim().split("\\s+", 2);
        if (parts.length == 2) {
            return new Organization(parts[1], parts[0]);
        }
        return new Organization(parts[0], null);
    }

    private static void addAll(List<ListingEntry.Builder> cards, Set<String> seen, List<ListingEntry> out,
                               List<String> skipped) {
        for (ListingEntry.Builder b : cards) {
            ListingEntry e = b.build();
            if (seen.add(TitleKey.of(e.title()))) {
                out.add(e.comments() == null ? b.comments(0).build() : e);
            } else {
                skipped.add("line " + e.line() + ": \"" + e.title() + "\" is listed a second time; the first card was kept");
            }
        }
    }
}
