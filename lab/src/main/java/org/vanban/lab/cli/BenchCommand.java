package org.vanban.lab.cli;

import picocli.CommandLine.Command;

/** {@code vanban bench ...}: accuracy and speed measurements (figures go to BENCHMARKS.md). */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmarks: accuracy and speed, measured side by side in one run.",
        subcommands = {BenchOcrCommand.class, BenchOcrSpectrumCommand.class, BenchIngestCommand.class, BenchRepairCommand.class, BenchStructureCommand.class, BenchSearchCommand.class, BenchPdfCommand.class})
public final class BenchCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
