package org.vanban.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.model.Locality;

class DocumentRecordTest {
    @Test
    void aLocalityLabelNamesEachUnitOnce() {
        // a district unit whose district field repeats its own name, written in another case
        Locality giaLam = new Locality("Huyện Gia Lâm", "district", "018", "Thành phố Hà Nội", "01", "HUYỆN GIA LÂM",
                List.of("Xã Gia Lâm", "Thành phố Hà Nội"), List.of("00001", "01"));
        assertThat(DocumentRecord.localityLabel(giaLam))
                .isEqualTo("Huyện Gia Lâm, Thành phố Hà Nội (nay: Xã Gia Lâm, Thành phố Hà Nội)");
        Locality commune = new Locality("Xã An Thắng", "commune", "11500", "Thành phố Hải Phòng", "31", "Huyện An Lão",
                List.of(), List.of());
        assertThat(DocumentRecord.localityLabel(commune)).isEqualTo("Xã An Thắng, Huyện An Lão, Thành phố Hải Phòng");
        assertThat(DocumentRecord.localityLabel(Locality.UNKNOWN)).isEmpty();
    }

    @Test
    void theLocalityDetailCarriesKnownAsAComponent() {
        Locality l = new Locality("Tỉnh Hậu Giang", "province", "93", "Tỉnh Hậu Giang", "93", "", List.of(), List.of());
        DocumentRecord.ExportLocality e = DocumentRecord.ExportLocality.of(l);
        assertThat(e.known()).isTrue();
        assertThat(e.label()).isEqualTo("Tỉnh Hậu Giang");
        assertThat(DocumentRecord.ExportLocality.of(Locality.UNKNOWN).known()).isFalse();
    }
}
