package org.vanban.text.lm;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The fixed train/test split of the corpus: a line is held out (test, never trained on) when the CRC-32 of its
 * UTF-8 bytes (exactly as in the corpus file, without the line break) is divisible by 100. That is about 1% of
 * the lines, chosen by content only, so the split is the same on every machine and for every line order.
 */
public final class HeldOutSplit {

    /** Held-out lines are those with {@code crc32 % MODULUS == 0}. */
    public static final int MODULUS = 100;

    private HeldOutSplit() {
    }

    /** True for a held-out (test) line. */
    public static boolean isHeldOut(String line) {
        CRC32 crc = new CRC32();
        crc.update(line.getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % MODULUS == 0;
    }
}
