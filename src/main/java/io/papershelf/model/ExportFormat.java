package io.papershelf.model;

/** The shapes a library (or a selection of it) can be exported as; {@link #NOTES} is a folder, the others one file. */
public enum ExportFormat {
    JSON("Papershelf JSON (keeps everything; also the backup format)", "json"),
    BIBTEX("BibTeX", "bib"),
    CSV("CSV spreadsheet", "csv"),
    MARKDOWN("Markdown reading list", "md"),
    NOTES("Notes folder (one Markdown file per annotated paper, for Obsidian or Logseq)", "");

    private final String description;
    private final String extension;

    ExportFormat(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() {
        return description;
    }

    /** Whether the export is a folder of files rather than one file. */
    public boolean folder() {
        return this == NOTES;
    }

    public String extension() {
        return extension;
    }
}
