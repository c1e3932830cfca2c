package org.vanban.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Entry point of the {@code vanban} command line. */
@Command(name = "vanban", mixinStandardHelpOptions = true, version = "vanban 0.1.0",
        description = "Scanned Vietnamese administrative documents to clean, structured, searchable text.",
        subcommands = {IngestCommand.class, SearchCommand.class, ShowCommand.class, ExportCommand.class, PdfCommand.class,
                DemoCommand.class, RepairCommand.class, StructureCommand.class, ExtractCommand.class, ServeCommand.class, ReprocessCommand.class, PruneCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns the exit code (used by tests). */
    public static int run(String... args) {
        System.setOut(new PrintStream(System.out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(System.err, true, StandardCharsets.UTF_8));
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        CommandPlugin.addAll(cl);
        cl.addSubcommand(new CommandLine.HelpCommand());
        cl.setExecutionExceptionHandler((ex, cmd, parse) -> {
            cmd.getErr().println("vanban: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            if (System.getenv("VANBAN_DEBUG") != null) ex.printStackTrace(cmd.getErr());
            return 2;
        });
        return cl;
    }
}
