package io.papershelf.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

/**
 * A Hugging Face papers page exported as text by a web-clipping tool that puts each link target on a
 * line of its own after the link's text. A card reads: {@code [-] 1} (the upvotes, {@code -} meaning 0),
 * the login link, the title, {@code https://huggingface.co/papers/<arXiv id>}, the abstract, the same
 * link again, then the byline ({@code [} / {@code 2 authors](...)}, or the organisation's name followed
 * by {@code https://huggingface.co/<handle>}), {@code ·}, the date and, when there are comments, their
 * number followed by the {@code #community} link.
 *
 * <p>The paper links carry the structure: text followed by the link of a new paper is that paper's
 * title; text followed by the open card's own link is its abstract. Text that no link claims (header,
 * navigation, the search term) is passed over.
 */
public final class HuggingFaceLinksTextListing implements ListingReader {
    private static final Pattern PAPER_LINK = Pattern.compile(
            "https?://(?:www\\.)?huggingface\\.co/papers/([^/?#\\s]+)(#\\S*)?");
    private static final Pattern PROFILE_LINK = Pattern.compile(
            "https?://(?:www\\.)?huggingface\\.co/([A-Za-z0-9][A-Za-z0-9._-]*)");
    private static final Set<String> SITE_PATHS = Set.of("papers", "login", "join", "models", "datasets",
            "spaces", "docs", "blog", "pricing", "settings", "collections", "posts", "learn", "tasks");
    private static final Pattern UPVOTES = Pattern.compile("\\[[^\\]]*]\\s*(-|\\d{1,7})");
    private static final Pattern AUTHORS = Pattern.compile("[•·*-]?\\s*(\\d{1,6}) authors?(?:]\\(\\S*\\))?");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,7}");

    private record Line(String text, int number) {
    }

    @Override
    public String name() {
        return "Hugging Face text with links";
    }

    @Override
    public boolean accepts(ListingText text) {
        for (String line : text.lines()) {
            if (paperId(line.trim()) != null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Listing read(ListingText text, LocalDate fallbackDate) throws ListingException {
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < text.lines().size(); i++) {
            String line = text.lines().get(i).trim();
            if (!line.isEmpty()) {
                lines.add(new Line(line, i + 1));
            }
        }
        Line dateLine = listingDateLine(lines);
        LocalDate listingDate = PageDate.of(dateLine == null ? null : dateLine.text,
                header(text, lines), fallbackDate);
        CardSequence cards = new CardSequence(listingDate);
        List<Line> pending = new ArrayList<>();
        for (Line line : lines) {
            String s = line.text;
            String id = paperId(s);
            Matcher profile = PROFILE_LINK.matcher(s);
            Matcher upvotes = UPVOTES.matcher(s);
            Matcher authors = AUTHORS.matcher(s);
            CardDates.DateLine date = CardDates.parse(s);
            if (id != null && !s.contains("#")) {
                paperLink(cards, id, pending);
            } else if (upvotes.matches()) {
                cards.upvotes(upvotes.group(1).equals("-") ? 0 : Integer.parseInt(upvotes.group(1)));
            } else if (profile.matches() && !SITE_PATHS.contains(profile.group(1)) && isOrganisation(pending)) {
                cards.organization(new Organization(joined(pending), profile.group(1)));
            } else if (authors.matches()) {
                cards.authorCount(Integer.parseInt(authors.group(1)));
            } else if ((s.equals("·") || s.equals("•")) && isOrganisation(pending)) {
                // An organisation shown without its link: "MicrosoftResearch Microsoft Research".
                cards.organization(HuggingFaceTextListing.organisation(joined(pending)));
            } else if (date != null && !(dateLine != null && s.equals(dateLine.text))) {
                // The page's own date again is its header repeated (a page saved twice), not a card's.
                cards.date(date, line.number);
            } else if (NUMBER.matcher(s).matches()) {
                cards.comments(Integer.parseInt(s));
            } else if (!s.startsWith("http://") && !s.startsWith("https://") && !s.equals("[") && date == null
                    && !s.equals("·") && !s.equals("•")) {
                pending.add(line);
                continue;
            }
            pending.clear();
        }
        List<ListingEntry> entries = cards.finish();
        if (entries.isEmpty()) {
            throw new ListingException(text.fileName(), 0, "no paper cards were found: the paper links "
                    + "(https://huggingface.co/papers/...) have no titles before them");
        }
        return new Listing(text.fileName(), listingDate, name(), entries, cards.skipped());
    }

    /** Text before a paper's link: the open card's abstract, or the title of the next card. */
    private static void paperLink(CardSequence cards, String id, List<Line> pending) {
        if (pending.isEmpty()) {
            return; // the link repeated under the abstract or on the byline
        }
        if (cards.inAbstractOf(id)) {
            cards.abstractText(joined(pending));
        } else {
            // A title is one line; text above it that no link claimed belongs to the page, not the card.
            Line title = pending.get(pending.size() - 1);
            cards.title(HuggingFaceCards.collapse(title.text), id, title.number);
        }
    }

    /** Text before a profile link names an organisation, except the submitter ("Submitted by"). */
    private static boolean isOrganisation(List<Line> pending) {
        return !pending.isEmpty()
                && pending.stream().noneMatch(l -> l.text.toLowerCase(Locale.ROOT).startsWith("submitted by"));
    }

    /** The arXiv id of a line that is exactly a paper link, or null. */
    static String paperId(String line) {
        if (!line.startsWith("http")) {
            return null; // the pattern matches whole lines that start so
        }
        Matcher m = PAPER_LINK.matcher(line);
        return m.matches() ? HuggingFaceCards.arxivId(m.group(1)) : null;
    }

    /** The page's own date: the last date line above the first paper link. */
    private static Line listingDateLine(List<Line> lines) {
        Line found = null;
        for (Line line : lines) {
            if (paperId(line.text) != null) {
                break;
            }
            if (CardDates.parse(line.text) != null) {
                found = line;
            }
        }
        return found;
    }

    /** The text above the first paper link, where the page's full dates (its day links) stand. */
    private static String header(ListingText text, List<Line> lines) {
        for (Line line : lines) {
            if (paperId(line.text) != null) {
                return String.join("\n", text.lines().subList(0, line.number - 1));
            }
        }
        return text.text();
    }

    private static String joined(List<Line> lines) {
        StringBuilder b = new StringBuilder();
        for (Line l : lines) {
            b.append(l.text).append(' ');
        }
        return HuggingFaceCards.collapse(b.toString());
    }
}
