package org.vanban.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vanban repair}: one output line per input line, each damage kind, the explain format. */
class RepairCommandTest {
    private final InputStream oldIn = System.in;
    private final PrintStream oldOut = System.out;
    private final PrintStream oldErr = System.err;

    @AfterEach
    void restore() {
        System.setIn(oldIn);
        System.setOut(oldOut);
        System.setErr(oldErr);
    }

    private List<String> run(String stdin, String... args) {
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        String[] full = new String[args.length + 1];
        full[0] = "repair";
        System.arraycopy(args, 0, full, 1, args.length);
        assertThat(Main.commandLine().execute(full)).isZero();
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void exactlyOneOutputLinePerInputLine() {
        // a hyphenated line break is not joined and a noise line is not dropped: line i in, line i out
        String in = "Thong qua Ke hoach tiep tuc day manh cai cach hanh chinh\n\n - \ncai cach hanh chinh nam 20-\n21\r\nHQI DONG NHAN DAN";
        List<String> out = run(in);
        assertThat(out).hasSize(6);
        assertThat(out.get(0)).isEqualTo("Thông qua Kế hoạch tiếp tục đẩy mạnh cải cách hành chính");
        assertThat(out.get(1)).isEmpty();
        assertThat(out.get(2)).isEqualTo(" - ");
        assertThat(out.get(3)).isEqualTo("cải cách hành chính năm 20-");
        assertThat(out.get(4)).isEqualTo("21");
        assertThat(out.get(5)).isEqualTo("HỘI ĐỒNG NHÂN DÂN");
    }

    @Test
    void aSentenceWrappedOverTwoLinesIsRestoredWithItsWholeContext() throws Exception {
        List<String> out = run("Yeu cau thu truong cac co quan, don\nvi truc thuoc khan truong trien khai\n");
        assertThat(out).containsExactly("Yêu cầu thủ trưởng các cơ quan, đơn", "vị trực thuộc khẩn trương triển khai");
        List<String> explained = run("Yeu cau thu truong cac co quan, don\nvi truc thuoc\n", "--explain");
        JsonNode second = new ObjectMapper().readTree(explained.get(1));
        assertThat(second.get("text").asText()).isEqualTo("vị trực thuộc");
        assertThat(second.get("changes").get(0).get("start").asInt()).isZero();
        assertThat(second.get("changes").get(0).get("replacement").asText()).isEqualTo("vị");
    }

    @Test
    void strippedDiacriticsAndEnglishOcrAndCleanText() {
        List<String> out = run("""
                HOI DONG NHAN DAN TINH
                Ve viéc tiep tuc ting cuwong cong tac cai cach hanh chinh
                Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ; đạt 100% hồ sơ.
                """);
        assertThat(out).containsExactly(
                "HỘI ĐỒNG NHÂN DÂN TỈNH",
                "Về việc tiếp tục tăng cường công tác cải cách hành chính",
                "Căn cứ Nghị quyết số 30c/NQ-CP ngày 08/11/2011 của Chính phủ; đạt 100% hồ sơ.");
    }

    @Test
    void legacyEncodedBytesBecomeUnicode() {
        // TCVN3 (.VnTime) and VNI-Windows bytes, as an old born-digital file holds them: not valid UTF-8
        byte[] tcvn3 = "Thùc hiÖn c¶i c¸ch hµnh chÝnh\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] vni = "Ca\u00f9c ca\u00f5p u\u00fby ban nha\u00e2n da\u00e2n\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[tcvn3.length + vni.length];
        System.arraycopy(tcvn3, 0, both, 0, tcvn3.length);
        System.arraycopy(vni, 0, both, tcvn3.length, vni.length);
        System.setIn(new ByteArrayInputStream(both));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        assertThat(Main.commandLine().execute("repair")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).lines().toList())
                .containsExactly("Thực hiện cải cách hành chính", "Các cấp ủy ban nhân dân");
    }

    /** Runs repair on raw bytes; returns exit code, stdout and stderr. */
    private String[] runBytes(byte[] stdin) {
        System.setIn(new ByteArrayInputStream(stdin));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        java.io.StringWriter err = new java.io.StringWriter();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        picocli.CommandLine cl = Main.commandLine();
        cl.setErr(new java.io.PrintWriter(err, true));
        int code = cl.execute("repair");
        return new String[] {String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString()};
    }

    @Test
    void bytesThatAreNoKnownEncodingAreAClearErrorNamingTheLine() {
        // a UTF-16 byte-order mark followed by an odd byte: not silently a replacement character
        String[] r = runBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x00});
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[1]).doesNotContain("\uFFFD");
        assertThat(r[2]).contains("neither UTF-8 nor a known legacy encoding").doesNotContain("at org.");
        // binary bytes on line 2 between two good lines: the line is named
        byte[] bin = "cai cach\n\u0000\u0001\u00ff\u00fe\u0002\nhanh chinh\n".getBytes(StandardCharsets.ISO_8859_1);
        r = runBytes(bin);
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("neither UTF-8 nor a known legacy encoding").contains("line 2").doesNotContain("line 1");
        // a Latin-1 line that reads as no Vietnamese legacy table either
        r = runBytes("hanh chinh\n\u00ff\u00fe\u00fd\u00fc \u00bf\u00be\u00a4\u00a2\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(r[0]).isEqualTo("2");
        assertThat(r[2]).contains("line 2");
    }

    @Test
    void utf8AndLegacyLinesInOneInputAreEachDecodedTheirOwnWay() {
        byte[] utf8 = "Căn cứ Luật Tổ chức chính quyền địa phương\n".getBytes(StandardCharsets.UTF_8);
        byte[] tcvn3 = "Thùc hiÖn c¶i c¸ch hµnh chÝnh\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] both = new byte[utf8.length + tcvn3.length];
        System.arraycopy(utf8, 0, both, 0, utf8.length);
        System.arraycopy(tcvn3, 0, both, utf8.length, tcvn3.length);
        String[] r = runBytes(both);
        assertThat(r[0]).as(r[2]).isEqualTo("0");
        assertThat(r[1].lines().toList()).containsExactly("Căn cứ Luật Tổ chức chính quyền địa phương",
                "Thực hiện cải cách hành chính");
    }

    @Test
    void noneModeOnlyNormalises() {
        // decomposed input becomes NFC; the input's own tone placement is kept (hoà stays hoà); nothing else changes
        assertThat(run("hoa\u0300 bi\u0300nh, cai cach", "--mode", "none")).containsExactly("hoà bình, cai cach");
        assertThat(run("ho\u0300a bi\u0300nh, cai cach", "--mode", "none")).containsExactly("hòa bình, cai cach");
    }

    @Test
    void explainGivesEachChangeWithItsConfidence() throws Exception {
        List<String> out = run("cai cach hanh chinh\nđã đúng\n", "--explain");
        assertThat(out).hasSize(2);
        JsonNode first = new ObjectMapper().readTree(out.get(0));
        assertThat(first.get("text").asText()).isEqualTo("cải cách hành chính");
        assertThat(first.get("changes")).hasSize(4);
        JsonNode c = first.get("changes").get(0);
        assertThat(c.get("original").asText()).isEqualTo("cai");
        assertThat(c.get("replacement").asText()).isEqualTo("cải");
        assertThat(c.get("confidence").asDouble()).isBetween(0.0, 1.0);
        assertThat(new ObjectMapper().readTree(out.get(1)).get("changes")).isEmpty();
    }

    @Test
    void badModeIsAClearError() {
        System.setIn(new ByteArrayInputStream(new byte[0]));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(Main.commandLine().execute("repair", "--mode", "magic")).isNotZero();
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown repair mode");
    }
}
