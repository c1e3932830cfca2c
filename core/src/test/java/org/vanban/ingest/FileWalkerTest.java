package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileWalkerTest {

    @TempDir
    Path dir;

    @Test
    void recursiveSortedWithoutHiddenAndSurvivesSymlinkLoops() throws IOException {
        Path root = dir.toRealPath();
        Files.createDirectories(root.resolve("b/sub"));
        Files.createDirectories(root.resolve(".git"));
        Files.writeString(root.resolve("b/sub/z.pdf"), "x");
        Files.writeString(root.resolve("b/a.txt"), "x");
        Files.writeString(root.resolve("c.png"), "x");
        Files.writeString(root.resolve(".hidden.txt"), "x");
        Files.writeString(root.resolve(".git/config"), "x");
        Files.createSymbolicLink(root.resolve("b/sub/loop"), root.resolve("b")); // cycle
        Files.createSymbolicLink(root.resolve("link-to-c.png"), root.resolve("c.png")); // same file twice

        List<Path> files = FileWalker.list(List.of(root));

        assertThat(files).containsExactly(root.resolve("b/a.txt"), root.resolve("b/sub/z.pdf"),
                root.resolve("c.png"));
    }

    @Test
    void fileRootsAreListedAndMissingRootsAreKeptForTheReport() throws IOException {
        Path f = Files.writeString(dir.resolve("one.txt"), "x");
        assertThat(FileWalker.list(List.of(f, f))).containsExactly(f.toAbsolutePath().normalize());
        // a missing root is listed as it is: the ingest report then says it was not found
        assertThat(FileWalker.list(List.of(dir.resolve("nope"), f)))
                .containsExactly(dir.resolve("nope").toAbsolutePath().normalize(), f.toAbsolutePath().normalize());
    }
}
