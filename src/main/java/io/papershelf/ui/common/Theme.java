package io.papershelf.ui.common;

import javafx.application.Application;
import javafx.scene.Scene;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;

/** Light and dark: AtlantaFX's Primer themes as the user-agent stylesheet, plus Papershelf's own sheet. */
public final class Theme {
    private static final String SHEET = Theme.class.getResource("papershelf.css").toExternalForm();
    /** The detail pane's rich text: links, highlights and the note's Markdown. */
    private static final String RICH_TEXT = Theme.class.getResource("rich-text.css").toExternalForm();

    private Theme() {
    }

    /**
     * The light theme as the application's stylesheet before the first control is made: JavaFX otherwise loads its
     * own theme (Modena) with the first control, only for it to be replaced (docs/performance.md, Start-up). A
     * remembered dark theme takes its place once the layout is read ({@link #apply}).
     */
    public static void preset() {
        if (Application.getUserAgentStylesheet() == null) {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        }
    }

    public static void apply(Scene scene, boolean dark) {
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        for (String sheet : new String[] {SHEET, RICH_TEXT}) {
            if (!scene.getStylesheets().contains(sheet)) {
                scene.getStylesheets().add(sheet);
            }
        }
        scene.getRoot().pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("dark"), dark);
    }
}
