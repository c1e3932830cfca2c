package org.vanban.text;

import java.util.regex.Pattern;

/**
 * Removes spaces and tabs at line ends. Runs of spaces inside a line are kept: they
 * separate the two columns of a header block. Thread-safe.
 */
public final class TrailingSpaceTrimmer implements TextStep {
    private static final Pattern TRAILING = Pattern.compile("[ \t]+(?=\n|$)");

    @Override
    public String apply(String text) {
        if (text == null) throw new IllegalArgumentException("text must not be null");
        return TRAILING.matcher(text).replaceAll("");
    }
}
