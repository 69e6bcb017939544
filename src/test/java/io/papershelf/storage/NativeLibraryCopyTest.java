package io.papershelf.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.util.LibraryLoaderUtil;

class NativeLibraryCopyTest {
    @TempDir
    Path dir;

    private static byte[] jarLibrary() throws Exception {
        try (InputStream in = NativeLibraryCopy.class.getResourceAsStream(LibraryLoaderUtil.getNativeLibResourcePath()
                + "/" + LibraryLoaderUtil.getNativeLibName())) {
            return in.readAllBytes();
        }
    }

    @Test
    void theLibraryIsUnpackedOnceWholeAndThenUsedAsItIs() throws Exception {
        Path folder = dir.resolve("native");
        Optional<Path> copy = NativeLibraryCopy.copyIn(folder);
        assertThat(copy).isPresent();
        assertThat(copy.get().getParent()).isEqualTo(folder);
        assertThat(Files.readAllBytes(copy.get())).isEqualTo(jarLibrary());
        try (var files = Files.list(folder)) {
            assertThat(files).containsExactly(copy.get()); // no partial file left behind
        }

        FileTime old = FileTime.fromMillis(0);
        Files.setLastModifiedTime(copy.get(), old);
        assertThat(NativeLibraryCopy.copyIn(folder)).isEqualTo(copy);
        assertThat(Files.getLastModifiedTime(copy.get())).isEqualTo(old);
    }

    @Test
    void aDamagedCopyIsReplacedByAWholeOne() throws Exception {
        Path folder = dir.resolve("native");
        Path copy = NativeLibraryCopy.copyIn(folder).orElseThrow();
        byte[] whole = Files.readAllBytes(copy);
        Files.write(copy, java.util.Arrays.copyOf(whole, whole.length / 2));
        assertThat(NativeLibraryCopy.copyIn(folder)).contains(copy);
        assertThat(Files.readAllBytes(copy)).isEqualTo(whole);
    }

    @Test
    void aFolderThatCannotBeMadeLeavesTheDriverItsOwnWay() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertThat(NativeLibraryCopy.copyIn(notAFolder.resolve("native"))).isEmpty();
    }

    @Test
    void aLibraryTheDriverIsPointedAtAlreadyIsLeftAsItIs() {
        String before = System.getProperty("org.sqlite.lib.path");
        System.setProperty("org.sqlite.lib.path", dir.toString());
        try {
            assertThat(NativeLibraryCopy.use(dir.resolve("native"))).isFalse();
            assertThat(dir.resolve("native")).doesNotExist();
            assertThat(System.getProperty("org.sqlite.lib.path")).isEqualTo(dir.toString());
        } finally {
            if (before == null) {
                System.clearProperty("org.sqlite.lib.path");
            } else {
                System.setProperty("org.sqlite.lib.path", before);
            }
        }
    }
}
