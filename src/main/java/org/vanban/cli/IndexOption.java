package org.vanban.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The {@code --index DIR} option shared by the commands (default {@code data/index}). */
public final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", description = "index directory (default: ${DEFAULT-VALUE})",
            defaultValue = "data/index")
    Path index;

    public Path path() { return index; }

    /** Reports go beside the index: {@code <index>/../reports}. */
    public Path reports() {
        Path abs = index.toAbsolutePath().normalize();
        return (abs.getParent() == null ? abs : abs.getParent()).resolve("reports");
    }
}
