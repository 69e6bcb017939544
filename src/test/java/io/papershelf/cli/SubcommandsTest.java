package io.papershelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command line registers only the subcommand it names plainly; help and usage still show every command. */
class SubcommandsTest {
    @TempDir
    Path dir;

    @Test
    void onlyAPlainlyNamedSubcommandIsRegisteredAlone() {
        assertThat(Subcommands.named(new String[] {"import", "f.txt"})).isEqualTo("import");
        assertThat(Subcommands.named(new String[] {"--library", "l.db", "list", "--unread"})).isEqualTo("list");
        assertThat(Subcommands.named(new String[] {"--library=l.db", "stats"})).isEqualTo("stats");
        assertThat(Subcommands.named(new String[] {"--library", "import", "list"})).isEqualTo("list");
        assertThat(Subcommands.named(new String[] {"--help", "import"})).isNull();
        assertThat(Subcommands.named(new String[] {"help", "import"})).isNull();
        assertThat(Subcommands.named(new String[] {"frobnicate"})).isNull();
        assertThat(Subcommands.named(new String[] {"--library", "l.db"})).isNull();
        assertThat(Subcommands.named(new String[] {})).isNull();
        assertThat(Subcommands.commandLine(new PapershelfCommand(), new String[] {"import", "f.txt"}).getSubcommands())
                .containsOnlyKeys("import");
        assertThat(Subcommands.commandLine(new PapershelfCommand(), new String[] {"--version"}).getSubcommands())
                .containsOnlyKeys("import", "export", "list", "restore", "stats", "backup", "help");
    }

    @Test
    void helpAndUsageListEveryCommand() {
        for (CliRun usage : new CliRun[] {CliRun.in(dir, "--help"), CliRun.in(dir, "help"), CliRun.in(dir)}) {
            assertThat(usage.out()).contains("Usage: papershelf").contains("import", "export", "list", "restore",
                    "stats", "backup", "help");
        }
        CliRun helpImport = CliRun.in(dir, "help", "import");
        CliRun importHelp = CliRun.in(dir, "import", "--help");
        assertThat(helpImport.code()).isZero();
        assertThat(helpImport.out()).contains("Usage: papershelf import").isEqualTo(importHelp.out());
        CliRun unknown = CliRun.in(dir, "frobnicate");
        assertThat(unknown.code()).isEqualTo(PapershelfCommand.USAGE);
        assertThat(unknown.err()).contains("frobnicate").contains("Did you mean: papershelf stats"); // found among all commands
    }
}
