package org.vanban.lab;

import org.vanban.lab.cli.BenchCommand;
import org.vanban.lab.cli.GenerateCorpusCommand;
import org.vanban.lab.cli.ProbeCommand;
import org.vanban.cli.CommandPlugin;
import org.vanban.lab.cli.TrainChannelCommand;
import org.vanban.lab.cli.TrainLmCommand;

import java.util.List;

/** The lab's subcommands of {@code vanban}: {@code train-lm}, {@code train-channel}, {@code bench ...},
 * {@code probe ...} and {@code generate-corpus}. */
public final class LabCommands implements CommandPlugin {

    @Override
    public List<Object> commands() {
        return List.of(new TrainLmCommand(), new TrainChannelCommand(), new BenchCommand(), new ProbeCommand(),
                new GenerateCorpusCommand());
    }
}
