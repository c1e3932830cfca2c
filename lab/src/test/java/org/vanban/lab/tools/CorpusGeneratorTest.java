package org.vanban.lab.tools;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Generates the whole corpus once (without the tesseract step) and checks every file against the manifest. */
class CorpusGeneratorTest {

    @TempDir
    static Path out;
    static List<ManifestEntry> entries;

    @BeforeAll
    static void generate() throws IOException {
        entries = new CorpusGenerator(true).generate(out);
    }

    @Test
    void writesEveryFormatExceptTheSkippedEnglishOcr() {
        List<String> expected = CorpusGenerator.FORMATS.stream().filter(f -> !f.equals("text-eng-ocr")).toList();
        assertThat(CorpusGenerator.formats(entries)).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void manifestListsExactlyTheFilesWritten() throws IOException {
        CorpusGenerator.Manifest m = new ObjectMapper().readValue(out.resolve(".manifest.json").toFile(), CorpusGenerator.Manifest.class);
        assertThat(m.files()).isEqualTo(entries);
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !n.equals(".manifest.json")))
                    .containsExactlyInAnyOrderElementsOf(entries.stream().map(ManifestEntry::file).toList());
        }
        for (ManifestEntry e : entries) {
            assertThat(e.pageSources()).as(e.file()).hasSize(e.pages());
            assertThat(e.scanLevels()).as(e.file()).hasSize(e.pages());
            assertThat(e.phrases()).as(e.file()).hasSize(2);
            assertThat(e.date()).matches("\\d{4}-\\d{2}-\\d{2}");
            assertThat(e.locality()).isNotBlank();
        }
    }

    @Test
    void pdfPagesMatchTheManifest() throws IOException {
        for (ManifestEntry e : entries) {
            if (!e.file().endsWith(".pdf")) continue;
            try (PDDocument pdf = Loader.loadPDF(out.resolve(e.file()).toFile())) {
                assertThat(pdf.getNumberOfPages()).as(e.file()).isEqualTo(e.pages());
                for (int i = 0; i < e.pages(); i++) {
                    PDFTextStripper s = new PDFTextStripper();
                    s.setStartPage(i + 1);
                    s.setEndPage(i + 1);
                    String text = s.getText(pdf).strip();
                    PDPage page = pdf.getPage(i);
                    boolean hasImage = page.getResources().getXObjectNames().iterator().hasNext();
                    if (e.pageSources().get(i).equals("TEXT_LAYER")) {
                        assertThat(text).as(e.file() + " p" + (i + 1)).isNotEmpty();
                        assertThat(hasImage).isFalse();
                    } else {
                        assertThat(text).as(e.file() + " p" + (i + 1) + " has no text layer").isEmpty();
                        assertThat(hasImage).isTrue();
                    }
                }
            }
        }
        ManifestEntry scanned = entry("scanned-pdf");
        assertThat(scanned.pages()).isGreaterThanOrEqualTo(3);
        assertThat(scanned.scanLevels()).contains("MILD", "HARSH");
        assertThat(entry("mixed-pdf").pageSources()).contains("TEXT_LAYER", "OCR");
    }

    @Test
    void bornDigitalPdfContainsThePhrases() throws IOException {
        ManifestEntry e = entry("born-digital-pdf");
        try (PDDocument pdf = Loader.loadPDF(out.resolve(e.file()).toFile())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (String p : e.phrases()) assertThat(text).contains(p);
        }
    }

    @Test
    void tiffIsMultiPageBilevelGroup4() throws IOException {
        ManifestEntry e = entry("tiff");
        try (ImageInputStream in = ImageIO.createImageInputStream(out.resolve(e.file()).toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getNumImages(true)).isEqualTo(e.pages()).isGreaterThan(1);
            assertThat(reader.read(0).getColorModel().getPixelSize()).isEqualTo(1);
            var md = reader.getImageMetadata(0);
            org.w3c.dom.Node tree = md.getAsTree(md.getNativeMetadataFormatName());
            assertThat(fieldValue(tree, "259")).as("TIFF Compression tag: 4 = CCITT T.6").isEqualTo("4");
        }
    }

    @Test
    void jpegPhotoIsAnImage() throws IOException {
        var img = ImageIO.read(out.resolve(entry("jpeg-photo").file()).toFile());
        assertThat(img.getWidth()).isGreaterThan(1000);
    }

    @Test
    void textFormatsCarryThePhrases() throws IOException {
        ManifestEntry utf8 = entry("text-utf8");
        String text = Files.readString(out.resolve(utf8.file()), StandardCharsets.UTF_8);
        for (String p : utf8.phrases()) assertThat(text).contains(p);

        ManifestEntry stripped = entry("text-stripped");
        String plain = Files.readString(out.resolve(stripped.file()), StandardCharsets.UTF_8);
        assertThat(plain).doesNotContainPattern("[ăâđêôơưĂÂĐÊÔƠƯ]").contains("Thong qua Ke hoach tiep tuc day manh cai cach");
        for (String p : stripped.phrases()) assertThat(plain).contains(SourceDocument.stripDiacritics(p));

        ManifestEntry html = entry("html");
        String page = Files.readString(out.resolve(html.file()), StandardCharsets.UTF_8);
        assertThat(page).startsWith("<!DOCTYPE html>").contains("charset=\"utf-8\"");
        for (String p : html.phrases()) assertThat(page).contains(p);

        ManifestEntry docx = entry("docx");
        try (InputStream in = Files.newInputStream(out.resolve(docx.file()));
             XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(in))) {
            String words = x.getText();
            assertThat(words).contains("QUYẾT ĐỊNH", "Điều 1.", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
            for (String p : docx.phrases()) assertThat(words).contains(p);
        }
    }

    @Test
    void regenerationIsByteIdentical(@TempDir Path again) throws Exception {
        List<SourceDocument> few = SourceDocument.loadAll().stream()
                .filter(d -> List.of("born-digital-pdf", "docx", "tiff").contains(d.get("format"))).toList();
        new CorpusGenerator(true).generate(few, again);
        for (SourceDocument d : few) {
            ManifestEntry e = entries.stream().filter(x -> x.source().equals(d.id())).findFirst().orElseThrow();
            assertThat(sha(again.resolve(e.file()))).as(e.file()).isEqualTo(sha(out.resolve(e.file())));
        }
    }

    /** The first "value" attribute under the TIFFField with the given tag number. */
    private static String fieldValue(org.w3c.dom.Node node, String tag) {
        var attrs = node.getAttributes();
        if (attrs != null && attrs.getNamedItem("number") != null && tag.equals(attrs.getNamedItem("number").getNodeValue())) {
            return firstValue(node);
        }
        for (var c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            String v = fieldValue(c, tag);
            if (v != null) return v;
        }
        return null;
    }

    private static String firstValue(org.w3c.dom.Node node) {
        var attrs = node.getAttributes();
        if (attrs != null && attrs.getNamedItem("value") != null) return attrs.getNamedItem("value").getNodeValue();
        for (var c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            String v = firstValue(c);
            if (v != null) return v;
        }
        return null;
    }

    private static ManifestEntry entry(String format) {
        return entries.stream().filter(e -> e.format().equals(format)).findFirst().orElseThrow();
    }

    private static String sha(Path p) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p)));
    }
}
