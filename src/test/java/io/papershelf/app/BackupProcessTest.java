package io.papershelf.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The background backup runs Papershelf again the way it was started: under java, or as the installed launcher. */
class BackupProcessTest {
    private static final List<String> ARGS = List.of("--library", "/home/a/library.db", "backup");

    @Test
    void underJavaItRunsTheSameJavaWithThisClassPathAndASmallHeap() {
        List<String> command = BackupProcess.command("/usr/lib/jvm/java-17/bin/java", ARGS);
        assertThat(command).startsWith("/usr/lib/jvm/java-17/bin/java", "-Xmx128m")
                .containsSequence("-cp", System.getProperty("java.class.path"), Main.class.getName())
                .endsWith("--library", "/home/a/library.db", "backup");
    }

    @Test
    void underTheInstalledLauncherItRunsTheLauncherWithTheArgumentsAlone() {
        assertThat(BackupProcess.command("/opt/papershelf/bin/Papershelf", ARGS))
                .containsExactly("/opt/papershelf/bin/Papershelf", "--library", "/home/a/library.db", "backup");
        assertThat(BackupProcess.command("C:\\\\Program Files\\\\Papershelf\\\\Papershelf.exe", ARGS)).hasSize(4);
    }

    @Test
    void aBackgroundBackupReallyRunsAndTakesTheBackup() throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("backup-process");
        java.nio.file.Path lib = dir.resolve("library.db");
        try (io.papershelf.library.Library l = io.papershelf.library.Library.open(lib)) {
            l.importFiles(List.of(io.papershelf.TestFiles.copy(io.papershelf.TestFiles.DAILY, dir)),
                    java.time.LocalDate.of(2026, 5, 20));
        }
        List<String> command = BackupProcess.command(ProcessHandle.current().info().command().orElseThrow(),
                List.of("--library", lib.toString(), "backup"));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes());
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out).startsWith("Backed up library.db to ");
        io.papershelf.library.Backups backups = io.papershelf.library.Backups.inDataFolder(dir.resolve("data/papershelf"),
                java.time.Clock.systemDefaultZone());
        assertThat(backups.summaries(lib)).singleElement().satisfies(s -> assertThat(s.papers()).isEqualTo(50));
    }

    @Test
    void theShellStartsTheCommandInTheBackgroundWithItsArgumentsUntouched() {
        List<String> command = List.of("/usr/bin/java", "-cp", "/a b/papershelf.jar", "Main", "--library", "/x y/\"l\".db");
        assertThat(BackupProcess.detached(command, java.util.Optional.of(java.nio.file.Path.of("/usr/bin/nice"))))
                .containsExactly("/bin/sh", "-c", "\"$@\" </dev/null >/dev/null 2>&1 &", "papershelf-backup",
                        "/usr/bin/nice", "-n", "19", "/usr/bin/java", "-cp", "/a b/papershelf.jar", "Main", "--library",
                        "/x y/\"l\".db");
        assertThat(BackupProcess.detached(command, java.util.Optional.empty())).endsWith(command.toArray(String[]::new))
                .doesNotContain("/usr/bin/nice");
    }

    /** The command exits without waiting: what it started is gone at once (the shell), the backup is taken all the same. */
    @Test
    void aLaunchedBackupOutlivesItsShellAndIsTaken() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isExecutable(java.nio.file.Path.of("/bin/sh")));
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("backup process");
        java.nio.file.Path lib = dir.resolve("my library.db");
        try (io.papershelf.library.Library l = io.papershelf.library.Library.open(lib)) {
            l.importFiles(List.of(io.papershelf.TestFiles.copy(io.papershelf.TestFiles.DAILY, dir)),
                    java.time.LocalDate.of(2026, 5, 20));
        }
        ProcessBuilder pb = new ProcessBuilder(BackupProcess.command(ProcessHandle.current().info().command().orElseThrow(),
                List.of("--library", lib.toString(), "backup")));
        pb.environment().put("XDG_DATA_HOME", dir.resolve("data").toString());
        Process shell = BackupProcess.launch(pb);
        assertThat(shell.isAlive()).isFalse();
        assertThat(shell.exitValue()).isZero();
        io.papershelf.library.Backups backups = io.papershelf.library.Backups.inDataFolder(dir.resolve("data/papershelf"),
                java.time.Clock.systemDefaultZone());
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.MINUTES.toNanos(2);
        while (backups.summaries(lib).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(backups.summaries(lib)).singleElement().satisfies(s -> assertThat(s.papers()).isEqualTo(50));
    }
}
