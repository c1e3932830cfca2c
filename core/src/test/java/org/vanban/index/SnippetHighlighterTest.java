package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.DocType;
import org.vanban.model.SectionKind;

/** Which passage becomes the snippet, and what is marked in it. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SnippetHighlighterTest {
    @TempDir
    static Path dir;

    private IndexSearch search;

    /** Filler between paragraphs, long enough that they become separate passages; none of the queried words. */
    private static final String FILLER = "Các sở, ngành thường xuyên rà soát, báo cáo kết quả thực hiện về Ủy ban "
            + "nhân dân tỉnh trước ngày 15 tháng 12 hằng năm để tổng hợp, theo dõi và đôn đốc việc triển khai.";

    @BeforeAll
    void buildIndex() {
        try (DocumentIndex index = DocumentIndex.open(dir)) {
            // the legal basis holds "chính" (in "Chính phủ"); the phrase "chính sách đặc thù" comes later
            index.upsert(TestDocs.doc("e1e2e3e4e5e60001", DocType.QUYET_DINH, "15/QĐ-UBND", "2022-04-01",
                    "Quyết định về lao động địa phương", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.ARTICLES, "Điều 1", "Điều 1.",
                                    "Căn cứ Nghị quyết số 76/NQ-CP ngày 15 tháng 7 năm 2021 của Chính phủ về "
                                            + "Chương trình tổng thể cải cách nhà nước giai đoạn 2021 - 2030;\n"
                                            + FILLER + "\n"
                                            + "Áp dụng chính sách đặc thù cho người lao động tại địa phương.", 1))));
            // "kiểm" and "tra" apart in the first paragraph, "kiểm tra" together in the third
            index.upsert(TestDocs.doc("e1e2e3e4e5e60002", DocType.KE_HOACH, "16/KH-UBND", "2022-05-01",
                    "Kế hoạch năm 2022", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.TASKS, "I", "I. NHIỆM VỤ",
                                    "Tăng cường kiểm soát thủ tục hành chính và tra cứu hồ sơ trực tuyến.\n"
                                            + FILLER + "\n"
                                            + "Tổ chức đoàn kiểm tra định kỳ tại các xã, phường.", 1))));
            // "chính" stands alone ("Chính phủ"), "ban hành" together
            index.upsert(TestDocs.doc("e1e2e3e4e5e60003", DocType.CHI_THI, "17/CT-UBND", "2022-06-01",
                    "Chỉ thị năm 2022", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.TASKS, "1", "1. Nhiệm vụ",
                                    "Chính phủ đã ban hành quy định mới về lề lối làm việc.", 1))));
            // forty lines with "kiểm" and "tra" apart, twice each, then one line with "kiểm tra" once
            String apart = "Bộ phận kiểm soát hồ sơ và tra cứu; nhóm kiểm soát chất lượng và tra soát số liệu.\n";
            index.upsert(TestDocs.doc("e1e2e3e4e5e60004", DocType.KE_HOACH, "18/KH-UBND", "2022-07-01",
                    "Kế hoạch năm 2022", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.TASKS, "I", "I. NHIỆM VỤ",
                                    apart.repeat(40) + "Thành lập đoàn kiểm tra liên ngành.", 1))));
            // a scan's text: the phrase wraps over a line break; the title's line is followed by a legal basis
            // that wraps too, and holds the same phrase
            index.upsert(TestDocs.doc("e1e2e3e4e5e60005", DocType.KE_HOACH, "39/KH-UBND", "2021-03-15",
                    "Kế hoạch năm 2021", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.PREAMBLE, "", "",
                                    "KẾ HOẠCH\nVề việc tiếp tục đẩy mạnh cải cách hành chính năm 2021\n"
                                            + "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ ban\n"
                                            + "hành Chương trình tổng thể cải cách hành chính nhà nước;\n"
                                            + FILLER + "\n"
                                            + "Cung cấp thủ tục hành chính dưới dạng dịch vụ\n"
                                            + "công trực tuyến toàn trình.", 1))));
            // a long line (one passage of its own) ends inside the phrase, which goes on on the next line
            index.upsert(TestDocs.doc("e1e2e3e4e5e60006", DocType.KE_HOACH, "40/KH-UBND", "2021-04-15",
                    "Kế hoạch tháng 4", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.TASKS, "1", "1. Nhiệm vụ",
                                    FILLER + " Các đơn vị triển khai thực hiện nghiêm túc văn bản do Chính phủ ban\n"
                                            + "hành trong năm về lề lối làm việc.\n" + FILLER, 1))));
            // a scan's paragraph: the matched line is the second line of a wrapped sentence ("từng bộ\nphận")
            index.upsert(TestDocs.doc("e1e2e3e4e5e60007", DocType.KE_HOACH, "08/KH-UBND", "2026-01-09",
                    "Kế hoạch năm 2026", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.PURPOSE, "I", "I. MỤC ĐÍCH, YÊU CẦU",
                                    FILLER + "\n\n" + FILLER + "\n\n"
                                            + "2. Xác định rõ nhiệm vụ, thời gian hoàn thành và trách nhiệm của từng bộ\n"
                                            + "phận, công chức; gắn kết quả cải cách hành chính với đánh giá, xếp loại cán bộ,\n"
                                            + "công chức cuối năm.\n\n" + FILLER, 1))));
            // one long line: the clip after the first phrase would fall inside the second one
            String lead = "Ủy ban nhân dân quận tổ chức triển khai các nội dung sau đây trên địa bàn. ";
            String first = lead + "Thực hiện Chương trình cải cách hành chính nhà nước giai đoạn 2021-2030 trên";
            // spaces pad the gap so that the second phrase starts 158 characters after the first (the clip
            // keeps 80 before and 160 after the first)
            String pad = " ".repeat(first.indexOf("cải cách") + 158 - first.length() - 77);
            String line = first + " địa bàn quận, đề ra giải pháp nâng cao chất lượng phục vụ" + pad
                    + "và nâng cao Chỉ số cải cách hành chính hằng năm của quận.";
            index.upsert(TestDocs.doc("e1e2e3e4e5e60008", DocType.QUYET_DINH, "1875/QĐ-UBND", "2022-06-21",
                    "Quyết định năm 2022", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.ARTICLES, "Điều 2", "Điều 2.",
                                    line + " " + FILLER + " " + FILLER, 1))));
            // a scan's header (issuer, motto, number and date run together) above the title, then the legal basis
            index.upsert(TestDocs.doc("e1e2e3e4e5e60009", DocType.KE_HOACH, "08/KH-UBND", "2026-01-09",
                    "Cải cách hành chính năm 2026", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.PREAMBLE, "", "",
                                    "UBND THÀNH PHỐ HẢI PHÒNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\n"
                                            + "UBND XÃ THƯỢNG HỒNG Độc lập - Tự do - Hạnh phúc\n"
                                            + "Số: 08/KH-UBND Thượng Hồng, ngày 09 tháng 01 năm 2026\nKẾ HOẠCH\n\n"
                                            + "Cải cách hành chính xã Thượng Hồng năm 2026\n\n"
                                            + "Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành\n"
                                            + "Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030;\n\n"
                                            + FILLER, 1))));
            // the issuer's name in the header, and in the text where it acts
            String forest = "Các sở, ngành thường xuyên rà soát, theo dõi và đôn đốc việc triển khai công tác "
                    + "bảo vệ rừng trên địa bàn trong mùa khô hằng năm.";
            index.upsert(TestDocs.doc("e1e2e3e4e5e60010", DocType.CHI_THI, "07/CT-UBND", "2023-11-28",
                    "Chỉ thị năm 2023", TestDocs.PHUOC_LONG, List.of(
                            TestDocs.section(SectionKind.PREAMBLE, "", "",
                                    "ỦY BAN NHÂN DÂN\n\nTỈNH BÌNH PHƯỚC\n\nSố: 07/CT-UBND\n"
                                            + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n\nĐộc lập - Tự do - Hạnh phúc\n\n"
                                            + "Bình Phước, ngày 28 tháng 11 năm 2023\n\nCHỈ THỊ\n"
                                            + "Về việc tăng cường công tác quản lý rừng\n\n" + forest + "\n\n" + forest
                                            + "\n\nĐể chủ động phòng ngừa cháy rừng, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:",
                                    1))));
        }
        search = IndexSearch.open(dir);
    }

    @AfterAll
    void close() {
        search.close();
    }

    private SearchHit hit(String query, String docId) {
        List<SearchHit> hits = search.search(new SearchRequest(query, null, null, null, null, null, 10)).hits();
        return hits.stream()
                .filter(h -> h.docId().equals(docId)).findFirst().orElseThrow();
    }

    @Test
    void phraseBeatsLegalBasisBoilerplate() {
        SearchHit h = hit("chính sách đặc thù", "e1e2e3e4e5e60001");
        assertThat(h.snippet()).startsWith("Áp dụng «chính sách đặc thù» cho người lao động");
        assertThat(h.snippet()).doesNotContain("«Chính»");
    }

    @Test
    void quotedOrUnaccentedQueryMarksTheAccentedPhraseAsOne() {
        for (String q : List.of("\"chính sách đặc thù\"", "chinh sach dac thu", "\"chinh sach dac thu\"")) {
            assertThat(hit(q, "e1e2e3e4e5e60001").snippet()).as(q).startsWith("Áp dụng «chính sách đặc thù» cho");
        }
    }

    @Test
    void adjacentWordsBeatTheSameWordsApart() {
        SearchHit h = hit("kiểm tra", "e1e2e3e4e5e60002");
        assertThat(h.snippet()).startsWith("Tổ chức đoàn «kiểm tra» định kỳ");
        assertThat(h.snippet()).doesNotContain("«kiểm» soát").doesNotContain("«tra» cứu");
    }

    @Test
    void phraseOutranksPassagesWithMoreScatteredMatches() {
        // more passages with matches than the highlighter keeps as candidates; the phrase is still chosen
        String first = hit("kiểm tra", "e1e2e3e4e5e60004").snippet().split(" … ")[0];
        assertThat(first).endsWith("Thành lập đoàn «kiểm tra» liên ngành.");
    }

    @Test
    void isolatedWordIsNotMarkedBesideAPhrase() {
        SearchHit h = hit("chính ban hành", "e1e2e3e4e5e60003");
        assertThat(h.snippet()).contains("Chính phủ đã «ban hành» quy định");
    }

    @Test
    void singleWordQueryStillMarksEveryMatch() {
        SearchHit h = hit("tra", "e1e2e3e4e5e60002");
        assertThat(h.snippet()).contains("«tra»");
    }

    @Test
    void snippetStartsAtTheClauseStartOfAWrappedSentence() {
        String snippet = hit("cải cách hành chính", "e1e2e3e4e5e60007").snippet();
        assertThat(snippet).startsWith("2. Xác định rõ nhiệm vụ, thời gian hoàn thành và trách nhiệm của từng bộ phận, "
                + "công chức; gắn kết quả «cải cách hành chính» với đánh giá").doesNotContain("… phận");
        assertThat(snippet).contains("cán bộ, công chức cuối năm.");
    }

    @Test
    void clippedPassageNeverCutsAPhraseAndEndsAtAWordEnd() {
        String snippet = hit("cải cách hành chính", "e1e2e3e4e5e60008").snippet();
        assertThat(snippet).doesNotContain("«cải»").doesNotContain("«cải cách»").doesNotContain("«cải cách hành»");
        assertThat(snippet).contains("Chỉ số «cải cách hành chính»");
        assertThat(snippet.split("«cải cách hành chính»", -1)).hasSize(3);
    }

    @Test
    void clauseBoundariesOfScannedText() {
        String text = "KẾ HOẠCH\nVề việc cải cách\n\n2. Xác định nhiệm vụ của từng bộ\nphận, công chức; gắn kết quả\n"
                + "với đánh giá cán bộ\nỦy ban nhân dân xã\n- Theo dõi.";
        assertThat(MatchedPassage.isClauseStart(text, text.indexOf("Về"))).isTrue(); // after a heading in capitals
        assertThat(MatchedPassage.isClauseStart(text, text.indexOf("phận"))).isFalse(); // a wrapped line
        assertThat(MatchedPassage.isClauseStart(text, text.indexOf("gắn"))).isTrue(); // after ";"
        assertThat(MatchedPassage.isClauseStart(text, text.indexOf("Ủy"))).isFalse(); // a proper noun wrapped
        assertThat(MatchedPassage.isClauseStart(text, text.indexOf("- Theo"))).isTrue(); // a list marker
        // from inside "phận": back to the list item "2." that opens the sentence
        assertThat(MatchedPassage.clauseStartBefore(text, text.indexOf("phận") + 2, 100)).isEqualTo(text.indexOf("2."));
        assertThat(MatchedPassage.clauseStartBefore(text, text.indexOf("phận"), 10)).isEqualTo(-1);
        assertThat(MatchedPassage.clauseEndAfter(text, text.indexOf("phận"), 100)).isEqualTo(text.indexOf(";") + 1);
        assertThat(MatchedPassage.clauseEndAfter(text, text.indexOf("gắn"), 100)).isEqualTo(text.indexOf("- Theo") - 1);
        assertThat(MatchedPassage.clauseEndAfter(text, text.indexOf("gắn"), 20)).isEqualTo(-1);
    }

    @Test
    void headerLinesRankAndTrimLikeTheLegalBasis() {
        for (String q : List.of("cai cach hanh chinh", "cải cách hành chính")) {
            String snippet = hit(q, "e1e2e3e4e5e60009").snippet();
            assertThat(snippet).as(q).startsWith("KẾ HOẠCH «Cải cách hành chính»");
            assertThat(snippet).as(q).doesNotContain("UBND").doesNotContain("Độc lập").doesNotContain("Số:");
        }
        for (String q : List.of("uy ban nhan dan", "ủy ban nhân dân")) {
            // the header's "ỦY BAN NHÂN DÂN" ranks last: the passage where the issuer acts is the snippet
            assertThat(hit(q, "e1e2e3e4e5e60010").snippet()).as(q)
                    .contains("Để chủ động phòng ngừa cháy rừng, Chủ tịch").doesNotContain("TỈNH BÌNH PHƯỚC")
                    .doesNotContain("CỘNG HÒA");
        }
    }

    @Test
    void headerLinesRecognised() {
        String text = "ỦY BAN NHÂN DÂN\nTỈNH BÌNH PHƯỚC\nSố: 07/CT-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Doc lap - Tu do - Hanh phuc\nBình Phước, ngày 28 tháng 11 năm 2023\nUBND XÃ THƯỢNG HỒNG\n"
                + "CHỈ THỊ\nVề việc quản lý rừng\nChủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
                + "báo cáo trước ngày 15 tháng 12 năm 2023.\nSố liệu 5 năm qua";
        for (String line : text.split("\n")) {
            boolean header = text.indexOf(line) < text.indexOf("CHỈ THỊ");
            assertThat(MatchedPassage.isHeaderLine(text, text.indexOf(line))).as(line).isEqualTo(header);
        }
    }

    @Test
    void legalBasisLineRecognisedWithOrWithoutAccents() {
        String text = "Điều 1.\nCăn cứ Luật Ban hành văn bản;\ncan cu Nghi dinh so 30;\nCăn cứ:\nCăn cứ vào đó";
        assertThat(MatchedPassage.isLegalBasisLine(text, text.indexOf("Luật"))).isTrue();
        assertThat(MatchedPassage.isLegalBasisLine(text, text.indexOf("Nghi"))).isTrue();
        assertThat(MatchedPassage.isLegalBasisLine(text, text.indexOf("Căn cứ:"))).isTrue();
        assertThat(MatchedPassage.isLegalBasisLine(text, 2)).isFalse();
    }

    @Test
    void phraseWrappedOverALineBreakIsMarkedAsOne() {
        SearchHit h = hit("dịch vụ công trực tuyến", "e1e2e3e4e5e60005");
        assertThat(h.snippet()).startsWith("Cung cấp thủ tục hành chính dưới dạng «dịch vụ công trực tuyến» toàn trình.");
    }

    @Test
    void phraseOverTheCutBetweenTwoPassagesIsMarkedAsOne() {
        SearchHit h = hit("chính phủ ban hành", "e1e2e3e4e5e60006");
        assertThat(h.snippet()).contains("văn bản do «Chính phủ ban hành» trong năm").doesNotContain(" … hành");
    }

    @Test
    void titlePassageLeavesTheWrappedLegalBasisOut() {
        SearchHit h = hit("cải cách hành chính", "e1e2e3e4e5e60005");
        assertThat(h.snippet()).startsWith("KẾ HOẠCH Về việc tiếp tục đẩy mạnh «cải cách hành chính» năm 2021");
        // the clause's second line ("hành Chương trình …") is boilerplate too, so it is neither shown nor split
        // off the clause's first line with an ellipsis
        assertThat(h.snippet()).doesNotContain("Căn cứ").doesNotContain("Chương trình tổng thể");
    }

    @Test
    void legalBasisClauseWrappedOverLines() {
        String text = "KẾ HOẠCH\nCăn cứ Nghị quyết của Chính phủ ban\nhành Chương trình tổng thể\nnhà nước;\n"
                + "Tổ chức thực hiện\ncác nhiệm vụ.";
        assertThat(MatchedPassage.isLegalBasisLine(text, text.indexOf("Chương trình"))).isTrue();
        assertThat(MatchedPassage.isLegalBasisLine(text, text.indexOf("nhà nước"))).isTrue();
        assertThat(MatchedPassage.isLegalBasisLine(text, text.indexOf("Tổ chức"))).isFalse();
        assertThat(MatchedPassage.isLegalBasisLine(text, text.indexOf("các nhiệm vụ"))).isFalse();
        assertThat(MatchedPassage.isLegalBasisLine(text, 0)).isFalse();
    }

    @Test
    void shownPassageDropsLegalBasisLinesAroundItsMatches() {
        String text = "Căn cứ Luật Tổ chức;\nVề việc cải cách năm 2021\nCăn cứ Nghị định số 61;\nhết";
        int s = text.indexOf("cải");
        int e = text.indexOf("cách") + 4;
        MatchedPassage p = new MatchedPassage(text, 0, text.length(), new int[] {s, text.indexOf("cách")},
                new int[] {s + 3, e}, 2);
        int[] shown = p.shown(text);
        assertThat(text.substring(shown[0], shown[1])).isEqualTo("Về việc cải cách năm 2021");
        // a passage whose phrase is in the legal basis is shown whole
        MatchedPassage basis = new MatchedPassage(text, 0, text.length(), new int[] {text.indexOf("Luật")},
                new int[] {text.indexOf("Luật") + 4}, 1);
        assertThat(basis.shown(text)).containsExactly(0, text.length());
    }

    @Test
    void wrappedLineJoinsARunOnlyBeforeALowerCaseWord() {
        String text = "dịch vụ\ncông trực tuyến\nCông an xã";
        assertThat(MatchedPassage.adjacent(text, text.indexOf('\n'), text.indexOf("công"))).isTrue();
        assertThat(MatchedPassage.adjacent(text, text.lastIndexOf('\n'), text.indexOf("Công"))).isFalse();
        assertThat(MatchedPassage.adjacent("vụ\n\ncông", 2, 4)).isFalse();
    }

    @Test
    void runsJoinMatchesSeparatedBySpacesOnly() {
        String text = "ban hành\nChính sách, đặc thù";
        int[] starts = {0, 4, 9, 15, 20};
        int[] ends = {3, 8, 14, 19, 25};
        List<MatchedPassage.Run> runs = MatchedPassage.runs(text, MatchedPassage.merged(starts, ends, 5));
        assertThat(runs).extracting(MatchedPassage.Run::words).containsExactly(2, 2, 1);
    }
}
