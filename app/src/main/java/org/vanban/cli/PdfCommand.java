package org.vanban.cli;

import org.vanban.index.IndexSearch;
import org.vanban.pdfa.SourceArchive;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vanban.model.VanbanDocument;

/**
 * {@code vanban pdf ID|--all --out DIR [--force]}: one PDF/A-2u per source file, from the source's own page
 * images with the repaired text as invisible text layer, the header as metadata and the sections as outline.
 * A compound file gives one PDF with an outline entry per document. Existing outputs are skipped unless
 * {@code --force}.
 */
@Command(name = "pdf", mixinStandardHelpOptions = true,
        description = "Write archive PDF/A-2u files (page images + repaired text layer + metadata + outline), one per source file.")
public final class PdfCommand implements Callable<Integer> {

    static final class Which {
        @Parameters(paramLabel = "ID", description = "document id (or a unique prefix of it)")
        String id;
        @Option(names = "--all", description = "every source file in the index")
        boolean all;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Which which;

    @Mixin
    IndexOption index;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "folder for the PDF files (created when missing)")
    Path out;

    @Option(names = "--force", description = "rewrite outputs that already exist")
    boolean force;

    @Override
    public Integer call() throws Exception {
        try {
            Files.createDirectories(out);
        } catch (java.io.IOException e) {
            System.err.println("vanban: cannot create output folder " + out + ": " + e.getMessage());
            return 1;
        }
        if (!Files.isDirectory(out) || !Files.isWritable(out)) {
            System.err.println("vanban: output folder " + out + " is not writable");
            return 1;
        }
        // source path -> its documents, in id order (the base document first, then -2, -3, ...)
        Map<String, List<VanbanDocument>> files = new LinkedHashMap<>();
        try (org.vanban.index.DocumentSearch search = index.openSearch()) {
            String only;
            if (which.id != null) {
                VanbanDocument doc;
                try {
                    doc = search.get(which.id).orElse(null);
                } catch (IllegalArgumentException e) {
                    System.err.println("vanban: " + e.getMessage());
                    return 1;
                }
                if (doc == null) {
                    System.err.println("vanban: no document with id '" + which.id + "' in " + index.path());
                    return 1;
                }
                only = doc.sourcePath();
            } else {
                only = null;
            }
            search.forEachDocument(d -> {
                if (only == null || only.equals(d.sourcePath())) {
                    files.computeIfAbsent(d.sourcePath(), k -> new ArrayList<>()).add(d);
                }
            });
        }
        if (files.isEmpty()) {
            System.err.println("vanban: the index " + index.path() + " holds no documents");
            return 1;
        }
        SourceArchive archive = new SourceArchive();
        int written = 0, skipped = 0, noImages = 0, failed = 0, pages = 0, boxed = 0;
        long writeMs = 0, boxMs = 0;
        {
            for (List<VanbanDocument> docs : files.values()) {
                docs.sort(SourceArchive.PART_ORDER);
                Path target = out.resolve(SourceArchive.fileName(docs.get(0)));
                if (Files.exists(target) && !force) {
                    skipped++;
                    System.out.println("skipped " + target + " (exists; --force rewrites it)");
                    continue;
                }
                try {
                    SourceArchive.Result r = archive.write(docs, target);
                    written++;
                    pages += r.pages();
                    boxed += r.boxedPages();
                    writeMs += r.writeMillis();
                    boxMs += r.wordBoxMillis();
                    System.out.println("wrote " + target + " (" + r.pages() + " page(s), " + docs.size()
                            + " document(s), from " + docs.get(0).sourcePath() + ")");
                } catch (SourceArchive.NoPageImages e) {
                    if (which.id != null) {
                        failed++;
                        System.err.println("vanban: " + docs.get(0).id() + ": " + e.getMessage());
                    } else {
                        noImages++;
                        System.out.println("not archived " + docs.get(0).id() + ": " + e.getMessage());
                    }
                } catch (SourceArchive.SourceException e) {
                    failed++;
                    System.err.println("vanban: " + docs.get(0).id() + ": " + e.getMessage());
                } catch (Exception e) {
                    failed++;
                    System.err.println("vanban: " + docs.get(0).id() + ": could not write " + target + ": "
                            + (e.getMessage() == null ? e.toString() : e.getMessage()));
                }
            }
        }
        System.out.printf(Locale.ROOT, "pdf: %d written, %d skipped (existing), %d without page images, %d failed; %d page(s)",
                written, skipped, noImages, failed, pages);
        if (boxed > 0) {
            System.out.printf(Locale.ROOT, "; word boxes (re-OCR) %.0f ms per OCR'd page", boxMs / (double) boxed);
        }
        if (pages > 0) {
            System.out.printf(Locale.ROOT, "; PDF/A writing %.0f ms/page", writeMs / (double) pages);
        }
        System.out.println();
        return failed == 0 ? 0 : 1;
    }
}
