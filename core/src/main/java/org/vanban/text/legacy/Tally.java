package org.vanban.text.legacy;

/** Counts, while decoding, the legacy codes mapped and the high chars the table could not explain. */
final class Tally {
    int mapped;
    int unexplained;

    void reset() {
        mapped = 0;
        unexplained = 0;
    }
}
