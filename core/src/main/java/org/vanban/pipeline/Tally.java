package org.vanban.pipeline;

/** Running totals of file outcomes by status, with their pages: what a report counts. Not thread-safe. */
final class Tally {
    int files;
    int ingested;
    int skipped;
    int partial;
    int failed;
    int pages;
    int ocrPages;

    void add(FileOutcome o) {
        files++;
        switch (o.status()) {
            case INGESTED -> ingested++;
            case SKIPPED -> skipped++;
            case PARTIAL -> partial++;
            case FAILED -> failed++;
        }
        pages += o.pages();
        ocrPages += o.ocrPages();
    }
}
