package io.papershelf.listing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import io.papershelf.model.Listing;
import io.papershelf.model.ListingEntry;
import io.papershelf.model.Organization;

/**
 * A Hugging Face papers page captured as Markdown by a web clipper. A card reads:
 * {@code [101](https://huggingface.co/login?next=...)} (the upvotes, {@code -} meaning 0), then
 * {@code ### [Title](https://huggingface.co/papers/<arXiv id>)}, the abstract as the text of a link to
 * the same paper, the byline ({@code - 7 authors}, the same inside a link whose text starts with avatar images
 * {@code [- ![](avatar)\ ... - 3 authors](...)}, or {@code [![handle](avatar)Organisation](...)}),
 * {@code ·}, and the date, followed by {@code [N](...#community)} when there are comments.
 *
 * <p>Clippers hard-wrap long lines with a trailing {@code \} and escape the spaces the site puts in
 * wrapped titles as {@code \ }; the lines are joined and the escapes dropped before the Markdown is
 * parsed (CommonMark), so that a title split over two lines is still one heading.
 */
public final class HuggingFaceMarkdownListing implements ListingReader {
    private static final Pattern LINKED_HEADING = Pattern.compile("#{1,6}\\s+\\[.*");
    private static final Pattern PAPER = Pattern.compile("https?://(?:www\\.)?huggingface\\.co/papers/([^/?#\\s]+)(#\\S*)?");
    private static final Pattern LOGIN = Pattern.compile("https?://(?:www\\.)?huggingface\\.co/login\\?\\S*");
    private static final Pattern PROFILE = Pattern.compile("https?://(?:www\\.)?huggingface\\.co/([A-Za-z0-9][A-Za-z0-9._-]*)/?");
    private static final Pattern AUTHORS = Pattern.compile("(\\d{1,6}) authors?");
    /** A byline inside a link with avatar images: the link's text ends "- 3 authors" after the avatars' dashes. */
    private static final Pattern AVATAR_BYLINE = Pattern.compile("(?:[-\\s]*-\\s*)?(\\d{1,6}) authors?");
    private static final Pattern COUNT = Pattern.compile("-|\\d{1,7}");

    private enum Kind { UPVOTES, TITLE, PAPER_TEXT, COMMENTS, ORGANIZATION, AUTHORS, DATE, BROKEN_TITLE }

    private record Piece(Kind kind, String text, String id, int line) {
    }

    @Override
    public String name() {
        return "Hugging Face Markdown";
    }

    @Override
    public boolean accepts(ListingText text) {
        if (!text.text().contains("huggingface.co/papers/")) {
            return false;
        }
        return text.lines().stream().anyMatch(l -> LINKED_HEADING.matcher(l.trim()).matches());
    }

    @Override
    public Listing read(ListingText text, LocalDate fallbackDate) throws ListingException {
        MarkdownLines md = MarkdownLines.of(text.lines());
        Node doc = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build().parse(md.text());
        List<Piece> pieces = new ArrayList<>();
        collect(doc, md, pieces);
        int first = 0;
        while (first < pieces.size() && pieces.get(first).kind != Kind.TITLE) {
            first++;
        }
        String dateLine = null;
        for (Piece p : pieces.subList(0, first)) {
            dateLine = p.kind == Kind.DATE ? p.text : dateLine;
        }
        int firstLine = first < pieces.size() ? pieces.get(first).line : text.lines().size() + 1;
        String headerText = String.join("\n", text.lines().subList(0, Math.max(firstLine - 1, 0)));
        LocalDate listingDate = PageDate.of(dateLine, headerText, fallbackDate);
        CardSequence cards = new CardSequence(listingDate);
        List<String> skipped = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            boolean header = i < first && p.kind != Kind.UPVOTES && p.kind != Kind.BROKEN_TITLE;
            if (header || p.kind == Kind.DATE && p.text.equals(dateLine)) {
                // The page's header (the first card's upvotes stand just above its title), or its date
                // again where the page was clipped twice into one file.
                continue;
            }
            switch (p.kind) {
                case UPVOTES -> cards.upvotes(p.text.equals("-") ? 0 : Integer.parseInt(p.text));
                case TITLE -> cards.title(p.text, p.id, p.line);
                case PAPER_TEXT -> {
                    if (cards.inAbstractOf(p.id)) {
                        cards.abstractText(p.text);
                    }
                }
                case COMMENTS -> cards.comments(Integer.parseInt(p.text));
                case ORGANIZATION -> cards.organization(new Organization(p.text, p.id));
                case AUTHORS -> cards.authorCount(Integer.parseInt(p.text));
                case DATE -> cards.date(CardDates.parse(p.text), p.line);
                case BROKEN_TITLE -> skipped.add("line " + p.line + ": a title heading whose link is broken");
            }
        }
        List<ListingEntry> entries = cards.finish();
        skipped.addAll(cards.skipped());
        if (entries.isEmpty()) {
            throw new ListingException(text.fileName(), 0, "no paper cards were found: no heading links to "
                    + "a paper as ### [Title](https://huggingface.co/papers/<arXiv id>)");
        }
        return new Listing(text.fileName(), listingDate, name(), entries, skipped);
    }

    /** The pieces of every paragraph and heading, in document order. */
    private static void collect(Node node, MarkdownLines md, List<Piece> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Heading || child instanceof Paragraph) {
                int line = md.originalLine(child.getSourceSpans().isEmpty() ? 0 : child.getSourceSpans().get(0).getLineIndex());
                inlines((Block) child, child instanceof Heading, line, out);
            } else {
                collect(child, md, out);
            }
        }
    }

    private static void inlines(Block block, boolean heading, int line, List<Piece> out) {
        StringBuilder run = new StringBuilder();
        boolean titled = false;
        for (Node n = block.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Link link)) {
                plainText(n, run);
                continue;
            }
            text(run.toString(), line, out);
            String before = run.toString().trim().toLowerCase(Locale.ROOT);
            run.setLength(0);
            String label = linkText(link);
            Matcher paper = PAPER.matcher(link.getDestination());
            Matcher profile = PROFILE.matcher(link.getDestination());
            String id = paper.matches() ? HuggingFaceCards.arxivId(paper.group(1)) : null;
            if (label == null) {
                continue; // an avatar or icon without text
            } else if (heading && id != null && paper.group(2) == null) {
                out.add(new Piece(Kind.TITLE, label, id, line));
                titled = true;
            } else if (id != null && paper.group(2) != null && label.matches("\\d{1,7}")) {
                out.add(new Piece(Kind.COMMENTS, label, id, line));
            } else if (AVATAR_BYLINE.matcher(label).matches()) {
                Matcher byline = AVATAR_BYLINE.matcher(label);
                byline.matches();
                out.add(new Piece(Kind.AUTHORS, byline.group(1), null, line));
            } else if (id != null) {
                out.add(new Piece(Kind.PAPER_TEXT, label, id, line));
            } else if (LOGIN.matcher(link.getDestination()).matches() && COUNT.matcher(label).matches()) {
                out.add(new Piece(Kind.UPVOTES, label, null, line));
            } else if (profile.matches() && !before.endsWith("by") && !profile.group(1).equals("papers")) {
                // [![handle](avatar)Organisation Name](https://huggingface.co/handle); "Submitted by" is a person.
                String alt = imageAlt(link);
                out.add(new Piece(Kind.ORGANIZATION, label, alt != null ? alt : profile.group(1), line));
            }
        }
        text(run.toString(), line, out);
        if (heading && !titled && block.getFirstChild() instanceof Text t && t.getLiteral().startsWith("[")) {
            out.add(new Piece(Kind.BROKEN_TITLE, null, null, line));
        }
    }

    /** Text outside links: a byline count or a date; anything else is the page's, not a card's. */
    private static void text(String raw, int line, List<Piece> out) {
        String s = HuggingFaceCards.collapse(raw);
        if (s == null) {
            return;
        }
        Matcher authors = AUTHORS.matcher(s);
        if (authors.matches()) {
            out.add(new Piece(Kind.AUTHORS, authors.group(1), null, line));
        } else if (CardDates.parse(s) != null) {
            out.add(new Piece(Kind.DATE, s, null, line));
        }
    }

    private static String linkText(Link link) {
        StringBuilder b = new StringBuilder();
        for (Node n = link.getFirstChild(); n != null; n = n.getNext()) {
            if (!(n instanceof Image)) {
                plainText(n, b);
            }
        }
        return HuggingFaceCards.collapse(b.toString());
    }

    private static String imageAlt(Link link) {
        for (Node n = link.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image image) {
                StringBuilder alt = new StringBuilder();
                plainText(image, alt);
                return HuggingFaceCards.collapse(alt.toString());
            }
        }
        return null;
    }

    private static void plainText(Node n, StringBuilder out) {
        if (n instanceof Text t) {
            out.append(t.getLiteral());
        } else if (n instanceof Code c) {
            out.append(c.getLiteral());
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            out.append(' ');
        } else {
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                plainText(c, out);
            }
        }
    }
}
