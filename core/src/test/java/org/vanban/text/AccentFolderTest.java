package org.vanban.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccentFolderTest {
    @Test
    void foldsKeepingLength() {
        String s = "UỶ BAN NHÂN DÂN THỊ XÃ PHƯỚC LONG, Đồng Nai";
        String f = AccentFolder.fold(s);
        assertThat(f).hasSameSizeAs(s).isEqualTo("uy ban nhan dan thi xa phuoc long, dong nai");
    }

    @Test
    void keyCollapsesSeparators() {
        assertThat(AccentFolder.key("  Thị xã  Phước-Long ")).isEqualTo("thi xa phuoc long");
        assertThat(AccentFolder.key("Hoà Bình")).isEqualTo(AccentFolder.key("HÒA BÌNH"));
    }
}
