package org.vanban.text;

import org.vanban.text.legacy.LegacyDecoder;

import java.util.function.UnaryOperator;

/** Where the legacy-encoding decoder plugs into the repair engine. */
final class LegacyText {
    private LegacyText() {}

    /**
     * Decoder of TCVN3 / VNI / VIQR / CP1258 text, detected line by line; identity for text that is not legacy.
     * It must run before {@link UnicodeNormalizer}: TCVN3 byte 0xAD is "ư", not a soft hyphen.
     */
    static UnaryOperator<String> decoder() {
        LegacyDecoder decoder = new LegacyDecoder();
        return decoder::decode;
    }
}
