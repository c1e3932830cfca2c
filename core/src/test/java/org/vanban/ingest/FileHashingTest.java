package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileHashingTest {

    @TempDir
    Path dir;

    @Test
    void knownDigests() throws IOException {
        Path abc = Files.writeString(dir.resolve("abc"), "abc");
        assertThat(FileHashing.sha256(abc))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        Path empty = Files.createFile(dir.resolve("empty"));
        assertThat(FileHashing.sha256(empty))
                .isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void largeFileIsStreamedAndMatchesInMemoryDigest() throws Exception {
        byte[] data = new byte[3_000_001];
        new java.util.Random(5).nextBytes(data);
        Path f = Files.write(dir.resolve("big"), data);
        String expected = java.util.HexFormat.of()
                .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        assertThat(FileHashing.sha256(f)).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void missingFileThrows() {
        assertThatThrownBy(() -> FileHashing.sha256(dir.resolve("nope"))).isInstanceOf(NoSuchFileException.class);
    }
}
