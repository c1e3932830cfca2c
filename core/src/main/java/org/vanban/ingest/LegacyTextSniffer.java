package org.vanban.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recognises 8-bit legacy text (TCVN3, VNI, windows-1258 ...) that Tika's detector calls
 * {@code application/octet-stream} because it is neither mostly ASCII nor UTF-8. Rule on the first
 * 64 KB: no NUL byte, at most 1% control bytes other than tab/CR/LF/FF/ESC, and at least 30% ASCII
 * letters (Vietnamese text in legacy encodings keeps all unaccented letters in ASCII).
 */
final class LegacyTextSniffer {

    private static final int SAMPLE = 64 * 1024;

    private LegacyTextSniffer() {
    }

    static boolean looksLikeText(Path file) throws IngestException {
        byte[] sample;
        try (InputStream in = Files.newInputStream(file)) {
            sample = in.readNBytes(SAMPLE);
        } catch (IOException e) {
            throw SourceReader.ioFailure(file, e, "reading text sample");
        }
        return looksLikeText(sample);
    }

    static boolean looksLikeText(byte[] sample) {
        if (sample.length == 0) {
            return false;
        }
        int control = 0;
        int letters = 0;
        for (byte b : sample) {
            int v = b & 0xFF;
            if (v == 0) {
                return false;
            }
            if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' && v != 0x1B) {
                control++;
            } else if ((v >= 'a' && v <= 'z') || (v >= 'A' && v <= 'Z')) {
                letters++;
            }
        }
        return control <= sample.length / 100 && letters * 10 >= sample.length * 3;
    }
}
