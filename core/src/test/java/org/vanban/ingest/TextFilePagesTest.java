package org.vanban.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vanban.model.PageSource;

/** The plain-text reader alone, without detection. */
class TextFilePagesTest {

    @TempDir
    Path dir;

    private final TextFilePages reader = new TextFilePages();

    @Test
    void formFeedsSplitPagesAndLineEndsAreNormalised() throws Exception {
        Path txt = Files.writeString(dir.resolve("a.txt"), "Điều 1.\r\nHai.\rBa.\fĐiều 2.\f\n");
        RecordingSink sink = new RecordingSink();

        assertThat(reader.read(txt, MediaType.TEXT_PLAIN, ReadSettings.DEFAULT, sink)).isEqualTo(2);
        assertThat(sink.pages).extracting(RecordingSink.Delivered::text).containsExactly("Điều 1.\nHai.\nBa.", "Điều 2.");
        assertThat(sink.pages).extracting(RecordingSink.Delivered::source).containsOnly(PageSource.TEXT_FILE);
    }

    @Test
    void aSubtypeOfPlainTextIsReadTheSameWay() throws Exception {
        Path csv = Files.writeString(dir.resolve("t.csv"), "STT,Chỉ tiêu\n1,Tăng 5%\n");
        RecordingSink sink = new RecordingSink();

        reader.read(csv, MediaType.text("csv"), ReadSettings.DEFAULT, sink);

        assertThat(sink.pages).singleElement().satisfies(p -> assertThat(p.text()).isEqualTo("STT,Chỉ tiêu\n1,Tăng 5%\n"));
    }

    @Test
    void bytesThatAreNotUtf8SurviveOneCharPerByte() throws Exception {
        byte[] vni = {'Q', 'u', 'y', (byte) 0xEA, (byte) 0xF6, 't'};
        Path txt = Files.write(dir.resolve("vni.txt"), vni);
        RecordingSink sink = new RecordingSink();

        reader.read(txt, MediaType.TEXT_PLAIN, ReadSettings.DEFAULT, sink);

        assertThat(sink.pages.get(0).text().getBytes(StandardCharsets.ISO_8859_1)).isEqualTo(vni);
    }

    @Test
    void utf16WithABomIsDecoded() throws Exception {
        byte[] bom = {(byte) 0xFF, (byte) 0xFE};
        byte[] body = "Việt Nam".getBytes(StandardCharsets.UTF_16LE);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 2);
        System.arraycopy(body, 0, all, 2, body.length);
        Path txt = Files.write(dir.resolve("u16.txt"), all);
        RecordingSink sink = new RecordingSink();

        reader.read(txt, MediaType.TEXT_PLAIN, ReadSettings.DEFAULT, sink);

        assertThat(sink.pages.get(0).text()).isEqualTo("Việt Nam");
    }
}
