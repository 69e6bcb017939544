package io.papershelf.app;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.image.Image;

/** The window's icons in every size the desktop may ask for, decoded off the FX thread (an Image may be made anywhere). */
final class WindowIcons {
    private static final String[] SIZES = {"16", "32", "48", "64", "128", "256"};

    private WindowIcons() {
    }

    static List<Image> load() throws IOException {
        List<Image> icons = new ArrayList<>();
        for (String size : SIZES) {
            try (InputStream in = WindowIcons.class.getResourceAsStream("/icons/papershelf-" + size + ".png")) {
                if (in != null) {
                    icons.add(new Image(in));
                }
            }
        }
        return icons;
    }
}
