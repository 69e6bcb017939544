package io.papershelf.ui.common;

import java.util.LinkedHashMap;
import java.util.Map;

/** The palette offered for tag colours, and how a chip shows one. */
public final class TagColors {
    public static final Map<String, String> PALETTE = new LinkedHashMap<>();

    static {
        PALETTE.put("Red", "#e5484d");
        PALETTE.put("Orange", "#f76b15");
        PALETTE.put("Amber", "#d9a400");
        PALETTE.put("Green", "#30a46c");
        PALETTE.put("Teal", "#12a594");
        PALETTE.put("Blue", "#0090ff");
        PALETTE.put("Indigo", "#3e63dd");
        PALETTE.put("Purple", "#8e4ec6");
        PALETTE.put("Pink", "#d6409f");
        PALETTE.put("Grey", "#8b8d98");
    }

    private TagColors() {
    }

    /**
     * The inline colour of a chip or dot. Colours are validated hex values from the library, so this is
     * the one place a style is built from data (a per-tag colour cannot live in the stylesheet).
     */
    public static String chipStyle(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return "";
        }
        return "-fx-background-color: " + color + "33; -fx-border-color: " + color + ";";
    }

    public static String dotStyle(String color) {
        if (color == null || !color.matches("#[0-9a-fA-F]{6}")) {
            return "-fx-background-color: transparent;";
        }
        return "-fx-background-color: " + color + ";";
    }
}
