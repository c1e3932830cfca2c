package org.vanban.lab.tools;

import org.vanban.ocr.OcrResult;
import org.vanban.ocr.OcrWord;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One OCR reading of a page kept in a file, to compare ways of combining readings without reading the pages again
 * ({@code bench ocr-spectrum --each-way} writes them, {@link ReadingMergeProbe} reads them). Format: the mean
 * confidence on the first line, the number of words, one word a line ({@code x y width height confidence text},
 * tab-separated), then the page text.
 */
public final class ReadingFiles {

    private ReadingFiles() { }

    public static void write(Path file, OcrResult r) throws IOException {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%.4f%n%d%n", r.meanConfidence(), r.words().size()));
        for (OcrWord w : r.words()) {
            sb.append(String.format(Locale.ROOT, "%d\t%d\t%d\t%d\t%.4f\t%s%n", w.x(), w.y(), w.width(), w.height(),
                    w.confidence(), w.text()));
        }
        sb.append(r.text());
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
    }

    public static OcrResult read(Path file) throws IOException {
        String all = Files.readString(file, StandardCharsets.UTF_8);
        int at = 0;
        int nl = all.indexOf('\n', at);
        double conf = Double.parseDouble(all.substring(at, nl));
        at = nl + 1;
        nl = all.indexOf('\n', at);
        int n = Integer.parseInt(all.substring(at, nl));
        at = nl + 1;
        List<OcrWord> words = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            nl = all.indexOf('\n', at);
            String[] f = all.substring(at, nl).split("\t", 6);
            words.add(new OcrWord(f[5], Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]),
                    Integer.parseInt(f[3]), Double.parseDouble(f[4])));
            at = nl + 1;
        }
        return new OcrResult(all.substring(at), conf, words);
    }
}
