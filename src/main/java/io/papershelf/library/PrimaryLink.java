package io.papershelf.library;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.papershelf.model.Paper;

/**
 * The one address that stands for a paper, as the detail pane offers it and {@code A} and Ctrl+C use it:
 * its arXiv page, else its Hugging Face page, else its first web link of its own (a BibTeX {@code url} or
 * DOI; links that are only mentioned in the abstract, such as code, do not count). A paper without one (a
 * card copied as plain text) gets an arXiv search for its exact title.
 */
public final class PrimaryLink {
    private static final String HUGGING_FACE_PAPER = "https://huggingface.co/papers/";

    private PrimaryLink() {
    }

    /** The paper's own page, or empty. */
    public static Optional<String> own(Paper p) {
        if (p.arxivId() != null && !p.arxivId().isBlank()) {
            return Optional.of("https://arxiv.org/abs/" + p.arxivId().strip());
        }
        Optional<String> hf = p.links().stream().filter(l -> l.startsWith(HUGGING_FACE_PAPER))
                .filter(LinkPolicy::mayOpen).findFirst();
        if (hf.isPresent()) {
            return hf;
        }
        String abstractText = p.abstractText() == null ? "" : p.abstractText();
        return p.links().stream().filter(LinkPolicy::mayOpen)
                .filter(l -> LinkPolicy.githubRepository(l).isEmpty())
                .filter(l -> !abstractText.contains(l)).findFirst();
    }

    /** The paper's own page, else an arXiv search for its exact title. */
    public static String of(Paper p) {
        return own(p).orElseGet(() -> titleSearch(p.title()));
    }

    static String titleSearch(String title) {
        String phrase = "\"" + title.strip().replace("\"", "") + "\"";
        return "https://arxiv.org/search/?searchtype=title&query=" + URLEncoder.encode(phrase, StandardCharsets.UTF_8);
    }
}
