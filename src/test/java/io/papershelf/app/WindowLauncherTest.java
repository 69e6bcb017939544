package io.papershelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The command-line launcher finds the window's launcher beside it and runs it with the same arguments. */
@DisabledOnOs(OS.WINDOWS) // the launchers here are shell scripts
class WindowLauncherTest {
    @TempDir
    Path bin;

    @Test
    void theCommandLineLauncherFindsTheWindowLauncherInItsFolder() throws Exception {
        Path cli = executable("papershelf-cli", "exit 0");
        Path window = executable("Papershelf", "exit 0");
        assertThat(WindowLauncher.find(properties(cli, "Papershelf"))).contains(window.toAbsolutePath());
    }

    @Test
    void onWindowsTheLauncherIsAnExe() throws Exception {
        Path cli = executable("papershelf-cli.exe", "exit 0");
        Path window = executable("Papershelf.exe", "exit 0");
        assertThat(WindowLauncher.find(properties(cli, "Papershelf"))).contains(window.toAbsolutePath());
    }

    @Test
    void nothingIsFoundOutsideTheCommandLineLauncher() throws Exception {
        Path window = executable("Papershelf", "exit 0");
        Properties underJava = new Properties();
        assertThat(WindowLauncher.find(underJava)).isEmpty();
        Properties windowLauncher = new Properties();
        windowLauncher.setProperty(WindowLauncher.APP_PATH, window.toString());
        assertThat(WindowLauncher.find(windowLauncher)).isEmpty();
        // Named as itself, it would start itself again and again.
        assertThat(WindowLauncher.find(properties(window, "Papershelf"))).isEmpty();
    }

    @Test
    void aMissingOrNotExecutableWindowLauncherIsNotFound() throws Exception {
        Path cli = executable("papershelf-cli", "exit 0");
        assertThat(WindowLauncher.find(properties(cli, "Papershelf"))).isEmpty();
        Files.writeString(bin.resolve("Papershelf"), "#!/bin/sh\nexit 0\n");
        assertThat(WindowLauncher.find(properties(cli, "Papershelf"))).isEmpty();
    }

    @Test
    void theWindowLauncherGetsTheArgumentsUntouchedAndItsStatusIsReturned() throws Exception {
        Path said = bin.resolve("said.txt");
        Path window = executable("Papershelf", "printf '%s\\n' \"$@\" > '" + said + "'\nexit 3");
        int status = WindowLauncher.run(window, new String[] {"--library", "/a b/my \"library\".db", "x.txt"});
        assertThat(status).isEqualTo(3);
        assertThat(Files.readAllLines(said)).containsExactly("--library", "/a b/my \"library\".db", "x.txt");
    }

    /** A launcher started with the variable its parent launcher left would take its arguments for JVM options. */
    @Test
    void aLauncherIsStartedWithoutTheParentLaunchersState() throws Exception {
        Path said = bin.resolve("env.txt");
        Path launcher = executable("Papershelf", "echo \"[${_JPACKAGE_LAUNCHER:-unset}]\" > '" + said + "'");
        ProcessBuilder builder = new ProcessBuilder(launcher.toString());
        builder.environment().put(WindowLauncher.LAUNCHER_STATE, "1234");
        assertThat(WindowLauncher.forLauncher(builder).start().waitFor()).isZero();
        assertThat(Files.readAllLines(said)).containsExactly("[unset]");
    }

    private Properties properties(Path running, String windowLauncher) {
        Properties p = new Properties();
        p.setProperty(WindowLauncher.APP_PATH, running.toString());
        p.setProperty(WindowLauncher.PROPERTY, windowLauncher);
        return p;
    }

    private Path executable(String name, String body) throws Exception {
        Path p = bin.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }
}
