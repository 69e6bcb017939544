package io.papershelf.model;

/** The shapes a library (or a selection of it) can be exported as. */
public enum ExportFormat {
    JSON("Papershelf JSON (keeps everything; also the backup format)", "json"),
    BIBTEX("BibTeX", "bib"),
    CSV("CSV spreadsheet", "csv"),
    MARKDOWN("Markdown reading list", "md");

    private final String description;
    private final String extension;

    ExportFormat(String description, String extension) {
        this.description = description;
        this.extension = extension;
    }

    public String description() {
        return description;
    }

    public String extension() {
        return extension;
    }
}
