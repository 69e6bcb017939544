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
}
