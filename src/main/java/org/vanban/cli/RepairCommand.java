package org.vanban.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.vanban.ingest.TextBytes;
import org.vanban.model.Correction;
import org.vanban.text.RepairMode;
import org.vanban.text.TextRepairer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
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
        for (int i = 0; i < lines.size(); i++) {
            TextRepairer.Result r = repairer.repairLines(lines.get(i), m);
            String text = r.text().replace("\n", " ").replace("\r", " ");
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

    /** Standard input as text: UTF-8, or 8-bit legacy bytes kept one char per byte ({@link TextBytes}). */
    static String decode(InputStream in) throws IOException {
        return TextBytes.decode(in.readAllBytes());
    }
}
