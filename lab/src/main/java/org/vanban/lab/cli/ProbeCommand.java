package org.vanban.lab.cli;

import picocli.CommandLine.Command;

/** {@code vanban probe ...}: small measurements behind the benches, for choosing thresholds and ways. */
@Command(name = "probe", mixinStandardHelpOptions = true,
        description = "Probes: one page's CER, the OCR path ablation, merged readings.",
        subcommands = {ProbeCerCommand.class, ProbeOcrPathCommand.class, ProbeReadingMergeCommand.class})
public final class ProbeCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
