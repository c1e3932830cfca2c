package org.vanban.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NoiseLineFilterTest {
    private final NoiseLineFilter f = new NoiseLineFilter();

    @Test
    void dropsScannerNoise() {
        for (String noise : new String[]{"~ . ' , |", "_-_ ..", "-------------", "ii '|. ~ ,,", "  |  ", "* * *"}) {
            assertThat(NoiseLineFilter.isNoise(noise)).as(noise).isTrue();
        }
    }

    @Test
    void keepsContent() {
        for (String keep : new String[]{"", "- Như Điều 3;", "1.", "a)", "12", "15/3/2021", "Số:",
                "Nơi nhận: ..........", "TM. ỦY BAN NHÂN DÂN", "| 1 | Cải cách thể chế | 100 |",
                "- Lưu: VT.", "Độc lập - Tự do - Hạnh phúc", "II."}) {
            assertThat(NoiseLineFilter.isNoise(keep)).as(keep).isFalse();
        }
    }

    @Test
    void filtersLinesOfAPage() {
        String page = "KẾ HOẠCH\n~ . ' , |\nCải cách hành chính\n\n_-_ ..\n1. Mục đích\n";
        assertThat(f.apply(page)).isEqualTo("KẾ HOẠCH\nCải cách hành chính\n\n1. Mục đích\n");
    }
}
