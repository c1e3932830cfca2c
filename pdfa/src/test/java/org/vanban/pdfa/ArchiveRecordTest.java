package org.vanban.pdfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.model.Correction;
import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;

class ArchiveRecordTest {

    static final String TEXT = "ỦY BAN NHÂN DÂN HUYỆN GIA LÂM\nSố: 39/KH-UBND\nGia Lâm, ngày 5 tháng 3 năm 2021\n"
            + "KẾ HOẠCH\nVề việc tiếp tục đẩy mạnh cải cách hành chính năm 2021\nI. MỤC TIÊU\nNội dung.";

    static VanbanDocument doc(Header h, double confidence, PageSource source, List<Correction> corrections) {
        Page p = new Page(1, TEXT, TEXT, confidence, source, corrections);
        return new VanbanDocument("abcdef0123456789", "/in/ke-hoach.pdf", "ff", "application/pdf", h,
                Locality.UNKNOWN, List.of(), List.of(p));
    }

    static Header header() {
        return new Header(DocType.KE_HOACH, "39/KH-UBND", "Gia Lâm", "2021-03-05", "Ủy ban nhân dân huyện Gia Lâm", "",
                "Về việc tiếp tục đẩy mạnh cải cách hành chính năm 2021")
                .withDetails("Nguyễn Văn An", "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH",
                        List.of("UBND thành phố", "Lưu: VT"), List.of());
    }

    @Test
    void aCleanBornDigitalHeaderIsTrustedAndSplitIntoProfileFields() {
        ArchiveRecord r = ArchiveRecord.of(doc(header(), -1, PageSource.TEXT_LAYER, List.of()), "abcdef0123456789.pdf", "0a1b");
        assertThat(r.fields().keySet()).containsExactlyElementsOf(ArchiveRecord.NAMES);
        assertThat(r.value("codeNumber")).isEqualTo("39");
        assertThat(r.value("codeNotation")).isEqualTo("KH-UBND");
        assertThat(r.value("issuedDate")).isEqualTo("2021-03-05");
        assertThat(r.value("typeName")).isEqualTo("Kế hoạch");
        assertThat(r.value("signerPosition")).isEqualTo("PHÓ CHỦ TỊCH");
        assertThat(r.value("recipients")).isEqualTo("UBND thành phố; Lưu: VT");
        assertThat(r.value("pageAmount")).isEqualTo("1");
        assertThat(r.value("pdfFile")).isEqualTo("abcdef0123456789.pdf");
        for (String f : List.of("codeNumber", "codeNotation", "issuedDate", "typeName", "subject", "organName", "signerName")) {
            assertThat(r.confidence(f)).as(f).isEqualTo(1.0);
        }
        assertThat(r.confidence("language")).isGreaterThan(0.9);
    }

    @Test
    void confidenceFollowsTheOcrPageTheFormAndTheRepair() {
        double clean = ArchiveRecord.of(doc(header(), 90, PageSource.OCR, List.of()), "", "").confidence("subject");
        double poorScan = ArchiveRecord.of(doc(header(), 55, PageSource.OCR, List.of()), "", "").confidence("subject");
        assertThat(clean).isEqualTo(0.9);
        assertThat(poorScan).isLessThan(clean);

        int at = TEXT.indexOf("tiếp tục");
        Correction unsure = new Correction(at, at + "tiếp tục".length(), "tiep tuc", "tiếp tục", 0.2);
        double repaired = ArchiveRecord.of(doc(header(), 90, PageSource.OCR, List.of(unsure)), "", "").confidence("subject");
        assertThat(repaired).isLessThan(clean).isGreaterThan(0.5);

        Header damaged = new Header(DocType.KE_HOACH, "s6 39KH-UBND", "", "2021", "", "", "");
        ArchiveRecord r = ArchiveRecord.of(doc(damaged, -1, PageSource.TEXT_LAYER, List.of()), "", "");
        assertThat(r.confidence("codeNumber")).isLessThan(0.5);
        assertThat(r.value("codeNotation")).isEmpty();
        assertThat(r.confidence("codeNotation")).isZero();
        assertThat(r.confidence("issuedDate")).isLessThan(0.5); // year only
        assertThat(r.confidence("subject")).isZero();
        assertThat(r.confidence("pdfFile")).isZero();
    }

    @Test
    void aTypeThatContradictsTheNumbersNotationIsDoubted() {
        Header h = new Header(DocType.QUYET_DINH, "39/KH-UBND", "", "2021-03-05", "", "", "");
        assertThat(ArchiveRecord.of(doc(h, -1, PageSource.TEXT_LAYER, List.of()), "", "").confidence("typeName")).isEqualTo(0.5);
        Header wrongYear = new Header(DocType.QUYET_DINH, "12/2019/QĐ-UBND", "", "2021-03-05", "", "", "");
        ArchiveRecord r = ArchiveRecord.of(doc(wrongYear, -1, PageSource.TEXT_LAYER, List.of()), "", "");
        assertThat(r.value("codeNotation")).isEqualTo("2019/QĐ-UBND");
        assertThat(r.confidence("typeName")).isEqualTo(1.0);
        assertThat(r.confidence("issuedDate")).isEqualTo(0.5);
    }
}
