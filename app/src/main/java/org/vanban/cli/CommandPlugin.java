package org.vanban.cli;

import picocli.CommandLine;

import java.util.List;
import java.util.ServiceLoader;

/**
 * Subcommands that live outside the app module: the lab's {@code bench}, {@code train-lm} and
 * {@code train-channel}. A provider is listed in {@code META-INF/services/org.vanban.cli.CommandPlugin} of its
 * jar; {@link Main} adds the commands of every provider on the class path (the launcher's jar names the lab jar
 * in its manifest), so the product runs without the lab and the lab depends on the product, never the reverse.
 */
public interface CommandPlugin {

    /** The picocli command objects ({@code @Command}-annotated) this provider adds, in help order. */
    List<Object> commands();

    /** Adds the commands of every provider found by {@link ServiceLoader} to {@code cl}. */
    static void addAll(CommandLine cl) {
        for (CommandPlugin plugin : ServiceLoader.load(CommandPlugin.class, Main.class.getClassLoader())) {
            for (Object command : plugin.commands()) {
                cl.addSubcommand(command);
            }
        }
    }
}
