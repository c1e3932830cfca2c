package org.vanban.text;

import org.vanban.model.Correction;
import org.vanban.text.lm.DiacriticRestorer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Letter labels of a list ({@code a)}, {@code b)} ... at a line start) follow the Vietnamese alphabet
 * {@code a b c d đ e g h i k l m n o p q r s t u v x y}, so a label is read from the one before it: an English OCR
 * model reads {@code đ)} as {@code d)} (a second {@code d)} after {@code d)} is {@code đ)}; an {@code đ)} right after
 * {@code c)} is {@code d)}), and a label it read as a symbol ({@code ¢)}, {@code ©)}) is the letter after the previous
 * label. A numbered or roman heading ({@code 2.}, {@code III.}) starts a new list. Labels that disagree with the
 * sequence in any other way (a skipped letter, a restart) are left as they are. Length-preserving: one char for one.
 */
final class ListLabels {
    /** The order of letter labels in Vietnamese documents. */
    static final String ALPHABET = "abcdđeghiklmnopqrstuvxy";

    /** Line start, at most one stray mark, the label char, then ')' and a space or the line end. */
    private static final Pattern LABEL = Pattern.compile("^[ \\t]*[~'‘`·.,]?(\\S)\\)(?=\\s|$)");
    /** A numbered or roman heading: the letter list under the one before ends. */
    private static final Pattern HEADING = Pattern.compile("^[ \\t]*(?:\\d{1,3}|[IVXL]{1,5})[.)](?:\\s|$)");

    private ListLabels() {
    }

    /** The result with the list labels of its text put in sequence; corrections cover the changed labels. */
    static DiacriticRestorer.Result apply(DiacriticRestorer.Result in) {
        String text = in.text();
        char[] out = null;
        List<Correction> corrections = new ArrayList<>(in.corrections());
        int previous = -1; // index in ALPHABET of the last letter label, -1 when none since the last heading
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = lineStart;
            while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
                lineEnd++;
            }
            String line = text.substring(lineStart, lineEnd);
            Matcher m = LABEL.matcher(line);
            if (HEADING.matcher(line).find()) {
                previous = -1;
            } else if (m.find()) {
                int at = lineStart + m.start(1);
                char read = text.charAt(at);
                int index = ALPHABET.indexOf(read);
                int expected = previous >= 0 && previous + 1 < ALPHABET.length() ? previous + 1 : -1;
                char fixed = read;
                if (expected >= 0 && ((read == 'd' && ALPHABET.charAt(expected) == 'đ')
                        || (read == 'đ' && ALPHABET.charAt(expected) == 'd')
                        || (index < 0 && !Character.isLetterOrDigit(read)))) {
                    fixed = ALPHABET.charAt(expected);
                }
                if (fixed != read) {
                    if (out == null) {
                        out = text.toCharArray();
                    }
                    out[at] = fixed;
                    record(corrections, at, read, fixed);
                }
                int now = ALPHABET.indexOf(fixed);
                if (now >= 0) {
                    previous = now;
                }
            }
            if (lineEnd < text.length() && text.charAt(lineEnd) == '\r' && lineEnd + 1 < text.length()
                    && text.charAt(lineEnd + 1) == '\n') {
                lineEnd++;
            }
            lineStart = lineEnd + 1;
        }
        if (out == null) {
            return in;
        }
        corrections.sort(java.util.Comparator.comparingInt(Correction::start));
        return new DiacriticRestorer.Result(new String(out), List.copyOf(corrections));
    }

    /** A change of the label char at {@code at}: merged into a correction of the model there, else added. */
    private static void record(List<Correction> corrections, int at, char read, char fixed) {
        for (int i = 0; i < corrections.size(); i++) {
            Correction c = corrections.get(i);
            if (c.start() == at && c.end() == at + 1) {
                if (c.original().equals(String.valueOf(fixed))) {
                    corrections.remove(i); // the model's change undone: the label is as it was read
                } else {
                    corrections.set(i, new Correction(c.start(), c.end(), c.original(), String.valueOf(fixed),
                            c.confidence()));
                }
                return;
            }
        }
        corrections.add(new Correction(at, at + 1, String.valueOf(read), String.valueOf(fixed), 1.0));
    }
}
