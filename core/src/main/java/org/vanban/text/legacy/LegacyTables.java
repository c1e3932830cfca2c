package org.vanban.text.legacy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tab-separated table resources under {@code org/vanban/text/legacy/} (lines starting
 * with '#' are comments).
 */
final class LegacyTables {
    private LegacyTables() {
    }

    static List<String[]> read(String name) {
        String path = "/org/vanban/text/legacy/" + name;
        try (InputStream in = LegacyTables.class.getResourceAsStream(path)) {
            if (in == null) throw new IllegalStateException("missing table resource " + path);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String[]> rows = new ArrayList<>();
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                rows.add(line.split("\t"));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table " + path, e);
        }
    }

    /** Parses "U+1EA5" into its char. */
    static char codePoint(String s) {
        if (!s.startsWith("U+")) throw new IllegalStateException("bad code point in table: " + s);
        return (char) Integer.parseInt(s.substring(2), 16);
    }

    /** Parses "61 E1" into the chars U+0061 U+00E1. */
    static String hexBytes(String s) {
        StringBuilder sb = new StringBuilder();
        for (String h : s.trim().split(" ")) sb.append((char) Integer.parseInt(h, 16));
        return sb.toString();
    }
}
