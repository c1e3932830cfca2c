package org.vanban.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.vanban.ingest.TextBytes;
import org.vanban.model.Correction;
import org.vanban.text.RepairMode;
import org.vanban.text.TextRepairer;
import org.vanban.text.legacy.LegacyDetector;
import org.vanban.text.legacy.LegacyEncoding;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code vanban repair [--mode auto|ascii|ocr|legacy|none] [--explain]}: repairs text on stdin, writing exactly one
 * output line per input line.
 */
@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Repair Vietnamese text from stdin: stripped diacritics, English-OCR damage, legacy encodings.",
                "Writes exactly one output line per input line."})
public final class RepairCommand implements Callable<Integer> {
    @Option(names = "--mode", defaultValue = "auto", paramLabel = "MODE",
            description = "auto (detect per line), ascii (stripped diacritics), ocr, legacy (TCVN3/VNI/VIQR), none")
    String mode;

    @Option(names = "--explain", description = "write one JSON line per input line: the repaired text and each change "
            + "(original, replacement, offsets, confidence)")
    boolean explain;

    @Override
    public Integer call() throws Exception {
        RepairMode m = RepairMode.parse(mode);
        String input = decode(System.in);
        TextRepairer repairer = m == RepairMode.NONE ? new TextRepairer(null, null) : TextRepairer.standard();
        ObjectMapper json = new ObjectMapper();
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        List<String> lines = splitLines(input);
        if (lines.isEmpty()) {
            out.flush();
            return 0;
        }
        // the whole input in one call: a hard-wrapped sentence is restored with the words across its line breaks
        TextRepairer.Result all = repairer.repairLines(String.join("\n", lines), m);
        List<String> repaired = splitLines(all.text() + "\n");
        if (repaired.size() != lines.size()) {
            throw new IllegalStateException("repair returned " + repaired.size() + " lines for " + lines.size());
        }
        int lineStart = 0;
        int next = 0;
        for (int i = 0; i < lines.size(); i++) {
            String text = repaired.get(i);
            int lineEnd = lineStart + text.length();
            List<Correction> mine = new ArrayList<>();
            while (next < all.corrections().size() && all.corrections().get(next).start() < lineEnd + 1) {
                Correction c = all.corrections().get(next++);
                mine.add(new Correction(c.start() - lineStart, c.end() - lineStart, c.original(), c.replacement(),
                        c.confidence()));
            }
            TextRepairer.Result r = new TextRepairer.Result(text, mine);
            lineStart = lineEnd + 1;
            if (explain) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("line", i + 1);
                row.put("text", text);
                List<Map<String, Object>> changes = new ArrayList<>();
                for (Correction c : r.corrections()) {
                    Map<String, Object> ch = new LinkedHashMap<>();
                    ch.put("original", c.original());
                    ch.put("replacement", c.replacement());
                    ch.put("start", c.start());
                    ch.put("end", c.end());
                    ch.put("confidence", Math.round(c.confidence() * 1000) / 1000.0);
                    changes.add(ch);
                }
                row.put("changes", changes);
                out.write(json.writeValueAsString(row));
            } else {
                out.write(text);
            }
            out.write('\n');
        }
        out.flush();
        return 0;
    }

    /** Lines without their terminators; a final line without a newline still counts, an empty input has none. */
    static List<String> splitLines(String s) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(s.substring(start, i));
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                start = i + 1;
            }
        }
        if (start < s.length()) lines.add(s.substring(start));
        return lines;
    }

    /**
     * Standard input as text, line by line: a UTF-16 byte-order mark means UTF-16; otherwise each line is
     * UTF-8, or 8-bit legacy bytes (TCVN3, VNI, Windows-1258) kept one char per byte ({@link TextBytes}) for the
     * repairer to decode.
     *
     * @throws IllegalArgumentException naming the lines whose bytes are neither (binary data, a wrong encoding)
     */
    static String decode(InputStream in) throws IOException {
        return decode(in.readAllBytes());
    }

    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            boolean le = (bytes[0] & 0xFF) == 0xFF;
            try {
                return (le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE).newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bytes, 2, bytes.length - 2)).toString();
            } catch (CharacterCodingException e) {
                String lenient = new String(bytes, 2, bytes.length - 2, le ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
                int bad = Math.max(0, lenient.indexOf('\uFFFD'));
                long line = 1 + lenient.substring(0, bad).chars().filter(c -> c == '\n').count();
                throw new IllegalArgumentException("the input is neither UTF-8 nor a known legacy encoding (TCVN3, VNI, "
                        + "Windows-1258) at line " + line + ": it starts with a UTF-16 byte-order mark but is not valid UTF-16"
                        + (bytes.length % 2 != 0 ? " (an odd number of bytes)" : "") + "; nothing was repaired");
            }
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        StringBuilder out = new StringBuilder(bytes.length);
        List<Integer> bad = new ArrayList<>();
        LegacyDetector detector = null;
        int lineNo = 0;
        for (int start = from; start < bytes.length; ) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') end++;
            lineNo++;
            byte[] line = java.util.Arrays.copyOfRange(bytes, start, end);
            String text = TextBytes.decode(line);
            if (!isUtf8(line)) {
                if (detector == null) detector = new LegacyDetector();
                if (hasControlBytes(line) || detector.detectLine(text.strip()).encoding() == LegacyEncoding.UNICODE) {
                    bad.add(lineNo);
                }
            } else if (hasControlBytes(line)) {
                bad.add(lineNo);
            }
            out.append(text);
            if (end < bytes.length) out.append('\n');
            start = end + 1;
        }
        if (!bad.isEmpty()) {
            String which = bad.size() == 1 ? "line " + bad.get(0)
                    : "lines " + bad.stream().limit(5).map(String::valueOf).collect(java.util.stream.Collectors.joining(", "))
                    + (bad.size() > 5 ? " and " + (bad.size() - 5) + " more" : "");
            throw new IllegalArgumentException("the input is neither UTF-8 nor a known legacy encoding (TCVN3, VNI, "
                    + "Windows-1258) at " + which + "; nothing was repaired");
        }
        return out.toString();
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** NUL and other C0 controls besides tab, carriage return and form feed: binary data, not text. */
    private static boolean hasControlBytes(byte[] bytes) {
        for (byte b : bytes) {
            if (b >= 0 && b < 0x20 && b != '\t' && b != '\r' && b != '\f' || b == 0x7F) return true;
        }
        return false;
    }
}
