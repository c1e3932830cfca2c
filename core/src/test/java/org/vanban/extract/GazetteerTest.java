package org.vanban.extract;

import org.junit.jupiter.api.Test;
import org.vanban.extract.Gazetteer.Era;
import org.vanban.extract.Gazetteer.Unit;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GazetteerTest {
    @Test
    void loadsBothListsOnce() {
        Gazetteer g = Gazetteer.get();
        assertThat(Gazetteer.get()).isSameAs(g);
        assertThat(g.provinces(Era.BEFORE_2025_07)).hasSize(63);
        assertThat(g.provinces(Era.FROM_2025_07)).hasSize(34);
        Unit town = g.unit(Era.BEFORE_2025_07, "688").orElseThrow();
        assertThat(town.name()).isEqualTo("Thị xã Phước Long");
        assertThat(town.typeKey()).isEqualTo("thi xa");
        assertThat(town.nameKey()).isEqualTo("phuoc long");
        assertThat(g.provinceOf(town).name()).isEqualTo("Tỉnh Bình Phước");
        assertThat(g.byName(Era.FROM_2025_07, "thuong hong")).extracting(Unit::name)
                .containsExactlyInAnyOrder("Xã Thượng Hồng", "Phường Thượng Hồng");
        assertThat(g.unit(Era.BEFORE_2025_07, "01").orElseThrow().typeKey()).isEqualTo("thanh pho");
    }

    @Test
    void badTablesGiveClearErrors() {
        String units = "level,code,name,type,parent_code\n1,01,Thành phố Hà Nội\n";
        assertThatThrownBy(() -> Gazetteer.load(stream(units), stream("h\n"), stream("h\n")))
                .isInstanceOf(IOException.class).hasMessageContaining("line 2");
    }

    private static ByteArrayInputStream stream(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }
}
