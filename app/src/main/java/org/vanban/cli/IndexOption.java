package org.vanban.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --index DIR} option shared by the commands (default {@code data/index}). */
public final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: ${DEFAULT-VALUE})",
            defaultValue = "data/index")
    Path index;

    public Path path() { return index; }

    /** Reports go inside the index folder, {@code <index>/reports}: two indexes in one folder keep theirs apart. */
    public Path reports() {
        return index.toAbsolutePath().normalize().resolve("reports");
    }
}
