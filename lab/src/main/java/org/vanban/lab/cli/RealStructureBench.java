package org.vanban.lab.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.vanban.extract.ReferenceExtractor;
import org.vanban.ingest.IngestException;
import org.vanban.ingest.PageSink;
import org.vanban.ingest.SourceInfo;
import org.vanban.ingest.SourceReader;
import org.vanban.model.LegalReference;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;
import org.vanban.model.VanbanDocument;
import org.vanban.pipeline.DocumentBuilder;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.vanban.vi.Fold;

/**
 * Scores structure on real documents: every {@code *.ocr.txt} of a folder that its
 * {@code structure-gold.json} names is read as ingest reads a text file ({@link SourceReader}) and
 * built by the product's own chain ({@link DocumentBuilder#buildAll}: repair, compound split,
 * structure, extraction, locality), then compared with the gold.
 *
 * <p>Measures (issue 12's table): files split into the gold's number of documents; per gold document
 * type, number and date (a null in the gold means the product must find none), issuing locality code
 * (null = none), the level-1 section kinds in order (preamble, recipients and signature left out),
 * cited numbers found (on {@link ReferenceExtractor#key}) and (value, keyword) target clauses found
 * (same value, keyword in the folded metric or sentence). The overall score is the mean of the
 * eight ratios (split, type, number, date, locality, sections, references, targets).
 *
 * <p>Titles are scored apart (not in the overall score, which stays the issue's eight ratios) and only where the
 * gold gives one: {@code title} must equal the document's title, {@code title_contains} must be part of it, both
 * compared after {@link #titleKey} (case and accents folded, whitespace runs as one space).
 */
public final class RealStructureBench {
    private static final Set<SectionKind> NOT_BODY = Set.of(SectionKind.PREAMBLE, SectionKind.SIGNATURE, SectionKind.RECIPIENTS);

    /** Counts of one run; {@link #notes} has one line per mismatch. */
    public static final class Report {
        int files, filesSplitRight, docs, typeRight, numberRight, dateRight, localityRight, sectionsRight;
        int refsFound, refsWanted, targetsFound, targetsWanted, titlesFound, titlesWanted;
        final List<String> notes = new ArrayList<>();

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }

        public double score() {
            return (ratio(filesSplitRight, files) + ratio(typeRight, docs) + ratio(numberRight, docs)
                    + ratio(dateRight, docs) + ratio(localityRight, docs) + ratio(sectionsRight, docs)
                    + ratio(refsFound, refsWanted) + ratio(targetsFound, targetsWanted)) / 8;
        }

        public List<String> notes() { return List.copyOf(notes); }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, String.join("\n",
                    "files split into the right number of documents  %d/%d",
                    "document type / number / date                   %d/%d, %d/%d, %d/%d",
                    "issuing locality resolved                       %d/%d",
                    "level-1 section kinds in the right order        %d/%d",
                    "cited document numbers found                    %d/%d",
                    "target clauses found (value + metric)           %d/%d",
                    "overall structure score                         %.3f",
                    "titles found (where the gold gives one)         %d/%d"),
                    filesSplitRight, files, typeRight, docs, numberRight, docs, dateRight, docs, localityRight, docs,
                    sectionsRight, docs, refsFound, refsWanted, targetsFound, targetsWanted, score(),
                    titlesFound, titlesWanted);
        }
    }

    private final DocumentBuilder builder;
    private final SourceReader reader = new SourceReader();

    public RealStructureBench(DocumentBuilder builder) {
        this.builder = builder;
    }

    /** Runs every file the folder's {@code structure-gold.json} names. */
    public Report run(Path dir) {
        Path goldFile = dir.resolve("structure-gold.json");
        if (!Files.isRegularFile(goldFile)) throw new IllegalArgumentException("no structure-gold.json in " + dir);
        JsonNode gold;
        try {
            gold = new ObjectMapper().readTree(goldFile.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + goldFile, e);
        }
        Report r = new Report();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (e.getKey().startsWith("_")) continue;
            Path file = dir.resolve(e.getKey());
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("gold names a missing file: " + file);
            evaluate(e.getKey(), build(file), e.getValue(), r);
        }
        if (r.files == 0) throw new IllegalArgumentException("structure-gold.json in " + dir + " names no file");
        return r;
    }

    /** The file as ingest builds it (a text file needs no OCR; an image page here is an error). */
    List<VanbanDocument> build(Path file) {
        List<Page> pages = new ArrayList<>();
        SourceInfo info;
        try {
            info = reader.read(file, new PageSink() {
                @Override
                public void textPage(int number, String text, PageSource source) {
                    pages.add(new Page(number, text, text, -1, source));
                }

                @Override
                public void imagePage(int number, BufferedImage greyImage) {
                    throw new IllegalArgumentException(file + " page " + number + " needs OCR; the bench reads text files");
                }
            });
            String sha = org.vanban.ingest.FileHashing.sha256(file);
            return builder.buildAll(file.toString(), sha, info.mediaType(), pages);
        } catch (IngestException | IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static void evaluate(String name, List<VanbanDocument> got, JsonNode want, Report r) {
        r.files++;
        if (got.size() == want.size()) r.filesSplitRight++;
        else r.notes.add(name + ": " + got.size() + " documents, gold " + want.size());
        for (int k = 0; k < want.size(); k++) {
            JsonNode w = want.get(k);
            String tag = name + "#" + (k + 1);
            r.docs++;
            JsonNode refs = w.path("refs");
            JsonNode targets = w.path("targets");
            r.refsWanted += refs.size();
            r.targetsWanted += targets.size();
            if (k >= got.size()) {
                r.notes.add(tag + ": not found");
                continue;
            }
            VanbanDocument d = got.get(k);
            String type = w.path("type").asText("");
            if (d.header().type().name().equals(type)) r.typeRight++;
            else r.notes.add(tag + ": type " + d.header().type() + ", gold " + type);
            String number = w.path("number").isNull() ? "" : w.path("number").asText("");
            if (ReferenceExtractor.key(d.header().number()).equals(ReferenceExtractor.key(number))) r.numberRight++;
            else r.notes.add(tag + ": number '" + d.header().number() + "', gold '" + number + "'");
            String date = w.path("date").isNull() ? "" : w.path("date").asText("");
            if (d.header().date().equals(date)) r.dateRight++;
            else r.notes.add(tag + ": date '" + d.header().date() + "', gold '" + date + "'");
            JsonNode loc = w.path("locality");
            String code = loc.isObject() && !loc.path("code").isNull() ? loc.path("code").asText("") : "";
            if (d.locality().code().equals(code)) r.localityRight++;
            else r.notes.add(tag + ": locality '" + d.locality().code() + "' (" + d.locality().name() + "), gold '"
                    + code + "'");
            scoreTitle(tag, d.header().title(), w, r);
            List<String> kinds = new ArrayList<>();
            for (Section s : d.sections()) if (s.level() == 1 && !NOT_BODY.contains(s.kind())) kinds.add(s.kind().name());
            List<String> wantKinds = new ArrayList<>();
            w.path("sections").forEach(n -> wantKinds.add(n.asText()));
            if (kinds.equals(wantKinds)) r.sectionsRight++;
            else r.notes.add(tag + ": sections " + kinds + ", gold " + wantKinds);
            Set<String> keys = new java.util.HashSet<>();
            for (LegalReference ref : d.extraction().references()) keys.add(ref.key());
            for (JsonNode n : refs) {
                if (keys.contains(ReferenceExtractor.key(n.asText()))) r.refsFound++;
                else r.notes.add(tag + ": missed reference " + n.asText());
            }
            List<TargetClause> left = new ArrayList<>(d.extraction().targets());
            for (JsonNode t : targets) {
                TargetClause hit = match(left, t.get(0).asText(), t.get(1).asText());
                if (hit != null) {
                    left.remove(hit);
                    r.targetsFound++;
                } else r.notes.add(tag + ": missed target " + t);
            }
            for (TargetClause c : left) r.notes.add(tag + ": other target " + c.value() + c.unit() + " '" + c.metric() + "'");
        }
    }

    /** The gold's {@code title} (whole) or {@code title_contains} (a part) against the document's title, when given. */
    private static void scoreTitle(String tag, String title, JsonNode want, Report r) {
        boolean whole = want.hasNonNull("title");
        if (!whole && !want.hasNonNull("title_contains")) return;
        String gold = titleKey(want.path(whole ? "title" : "title_contains").asText());
        String got = titleKey(title);
        r.titlesWanted++;
        if (whole ? got.equals(gold) : got.contains(gold)) r.titlesFound++;
        else r.notes.add(tag + ": title '" + title + "', gold " + (whole ? "" : "containing ") + "'"
                + want.path(whole ? "title" : "title_contains").asText() + "'");
    }

    /** A title as compared: accents and case folded, whitespace runs as one space, ends trimmed. */
    static String titleKey(String title) {
        return Fold.lower(title == null ? "" : title).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }

    private static TargetClause match(List<TargetClause> candidates, String value, String keyword) {
        String k = Fold.lower(keyword).toLowerCase(Locale.ROOT);
        for (TargetClause c : candidates) {
            if (!number(c.value()).equals(number(value))) continue;
            String text = Fold.lower(c.metric() + " " + c.sentence()).toLowerCase(Locale.ROOT);
            if (text.contains(k)) return c;
        }
        return null;
    }

    private static String number(String v) {
        return v.replaceAll("\\s+", "").replace(',', '.').replaceFirst("^0+(?=\\d)", "");
    }
}
