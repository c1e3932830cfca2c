package org.vanban.lab.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the {@code tesseract} command line on an image file (used to make English-OCR style text). */
public final class TesseractCli {
    private TesseractCli() { }

    /** True when a {@code tesseract} executable answers {@code --version}. */
    public static boolean available() {
        try {
            Process p = new ProcessBuilder("tesseract", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * {@code tesseract <image> - -l <lang>} with OMP_THREAD_LIMIT=1; returns what it prints.
     *
     * @throws IllegalStateException when tesseract is missing or fails
     */
    public static String ocr(Path image, String lang) {
        ProcessBuilder pb = new ProcessBuilder(List.of("tesseract", image.toString(), "-", "-l", lang));
        pb.environment().put("OMP_THREAD_LIMIT", "1");
        pb.redirectError(ProcessBuilder.Redirect.DISCARD);
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(300, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("tesseract timed out on " + image);
            }
            if (p.exitValue() != 0) throw new IllegalStateException("tesseract failed (exit " + p.exitValue() + ") on " + image);
            return out;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run tesseract (install tesseract-ocr and tesseract-ocr-" + lang
                    + ", or skip the English-OCR file): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running tesseract", e);
        }
    }
}
