package org.vanban.spark;

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of one {@link IngestJob} run.
 *
 * @param inputs     files or folders (local paths, {@code hdfs://}, {@code s3a://}, any Hadoop file system)
 * @param filesFrom  a file listing one input a line (blank lines and {@code #} comments skipped), or null
 * @param index      where the documents go: an index location an {@link org.vanban.index.IndexBackend} accepts
 *                   ({@code solr:ZK_HOSTS/COLLECTION}) or the directory of an embedded Lucene index
 * @param report     the report dataset (a folder on any Hadoop file system): one sub-folder per run with JSON lines,
 *                   one per input file; earlier runs' lines say what is already done
 * @param force      process every file again, even when it is already stored at this pipeline version
 * @param ocrThreads Tesseract engines per executor (0: the executor's cores)
 * @param pageTimeout OCR time limit per page
 * @param wave       files per Spark job: after each wave the index is committed and the wave's report lines written
 */
public record JobOptions(List<String> inputs, String filesFrom, String index, String report, boolean force,
                         int ocrThreads, Duration pageTimeout, int wave) implements Serializable {
    public static final int DEFAULT_WAVE = 256;

    public JobOptions {
        inputs = inputs == null ? List.of() : List.copyOf(inputs);
        if (index == null || index.isBlank()) throw new IllegalArgumentException("--index is required");
        if (report == null || report.isBlank()) report = defaultReport(index);
        pageTimeout = pageTimeout == null ? Duration.ofMinutes(3) : pageTimeout;
        if (wave < 1) wave = DEFAULT_WAVE;
        if (ocrThreads < 0) throw new IllegalArgumentException("--ocr-threads must be >= 0: " + ocrThreads);
        if (inputs.isEmpty() && filesFrom == null) throw new IllegalArgumentException("no input: give folders, files or --files-from LIST");
    }

    /** The report dataset beside an embedded index ({@code INDEX/spark-reports}); a cluster index needs {@code --report}. */
    static String defaultReport(String index) {
        if (IndexTarget.isLocalPath(index)) return index.replaceAll("/+$", "") + "/spark-reports";
        throw new IllegalArgumentException("--report DIR is required with the index " + index
                + " (a folder on a shared file system, e.g. hdfs:///vanban/reports)");
    }

    static final String USAGE = String.join("\n",
            "usage: spark-submit --class org.vanban.spark.IngestJob vanban-spark.jar --index LOCATION [options] PATH...",
            "  PATH...              files or folders (local, hdfs://, s3a://: anything Hadoop's FileSystem reads)",
            "  --files-from LIST    a file with one input a line",
            "  --index LOCATION     solr:ZK_HOSTS/COLLECTION, or the folder of an embedded Lucene index",
            "  --report DIR         the report dataset (default INDEX/spark-reports for an embedded index)",
            "  --force              process every file again",
            "  --ocr-threads N      Tesseract engines per executor (default: the executor's cores)",
            "  --page-timeout SEC   OCR time limit per page (default 180)",
            "  --wave N             files per commit and report part (default " + DEFAULT_WAVE + ")");

    /** Parses the command line; throws {@link IllegalArgumentException} with a message for the user. */
    public static JobOptions parse(String... args) {
        List<String> inputs = new ArrayList<>();
        String filesFrom = null, index = null, report = null;
        boolean force = false;
        int ocr = 0, wave = DEFAULT_WAVE;
        Duration timeout = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--files-from" -> filesFrom = value(args, ++i, a);
                case "--index" -> index = value(args, ++i, a);
                case "--report" -> report = value(args, ++i, a);
                case "--force" -> force = true;
                case "--ocr-threads" -> ocr = number(value(args, ++i, a), a);
                case "--page-timeout" -> timeout = Duration.ofSeconds(number(value(args, ++i, a), a));
                case "--wave" -> wave = number(value(args, ++i, a), a);
                case "-h", "--help" -> throw new IllegalArgumentException(USAGE);
                default -> {
                    if (a.startsWith("--")) throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
                    inputs.add(a);
                }
            }
        }
        return new JobOptions(inputs, filesFrom, index, report, force, ocr, timeout, wave);
    }

    private static String value(String[] args, int i, String option) {
        if (i >= args.length) throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        return args[i];
    }

    private static int number(String s, String option) {
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "%s: not a number: %s", option, s));
        }
    }
}
