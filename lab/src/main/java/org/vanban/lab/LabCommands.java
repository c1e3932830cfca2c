package org.vanban.lab;

import org.vanban.lab.cli.BenchCommand;
import org.vanban.cli.CommandPlugin;
import org.vanban.lab.cli.TrainChannelCommand;
import org.vanban.lab.cli.TrainLmCommand;

import java.util.List;

/** The lab's subcommands of {@code vanban}: {@code train-lm}, {@code train-channel} and {@code bench ...}. */
public final class LabCommands implements CommandPlugin {

    @Override
    public List<Object> commands() {
        return List.of(new TrainLmCommand(), new TrainChannelCommand(), new BenchCommand());
    }
}
