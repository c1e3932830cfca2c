package org.vanban.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.vanban.model.Correction;
import org.vanban.text.lm.DiacriticRestorer;

/** Letter labels read from the label before them (Vietnamese alphabet order a b c d đ e g ...). */
class ListLabelsTest {

    private static DiacriticRestorer.Result plain(String text) {
        return new DiacriticRestorer.Result(text, List.of());
    }

    @Test
    void aSecondDAfterDIsĐAndASymbolLabelIsTheNextLetter() {
        String text = String.join("\n",
                "1. Nhiệm vụ chung",
                "a) Rà soát văn bản;",
                "b) Công khai thủ tục;",
                "¢) Kiểm tra việc thực hiện;",
                "d) Báo cáo định kỳ;",
                "d) Khen thưởng kịp thời;",
                "©) Tổng kết cuối năm.");
        DiacriticRestorer.Result r = ListLabels.apply(plain(text));
        assertThat(r.text().split("\n")).extracting(l -> l.substring(0, 2))
                .containsExactly("1.", "a)", "b)", "c)", "d)", "đ)", "e)");
        assertThat(r.corrections()).extracting(Correction::original, Correction::replacement)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("¢", "c"), org.assertj.core.groups.Tuple.tuple("d", "đ"),
                        org.assertj.core.groups.Tuple.tuple("©", "e"));
        for (Correction c : r.corrections()) {
            assertThat(r.text().substring(c.start(), c.end())).isEqualTo(c.replacement());
        }
    }

    @Test
    void aHeadingStartsANewListAndOtherDisagreementsStay() {
        String text = String.join("\n",
                "a) Thứ nhất;",
                "b) Thứ hai;",
                "d) Thứ ba, chữ c bị bỏ qua;",
                "2. Mục tiếp theo",
                "d) Nhãn lạ sau tiêu đề;",
                "Trong câu d) không phải nhãn đầu dòng.");
        assertThat(ListLabels.apply(plain(text)).text()).isEqualTo(text);
        // a stray mark before the label, and a model's đ right after c) goes back to d
        String model = "b) Một;\nc) Hai;\nđ) Ba;\n~¢) Bốn;";
        DiacriticRestorer.Result in = new DiacriticRestorer.Result(model,
                List.of(new Correction(16, 17, "d", "đ", 0.7)));
        DiacriticRestorer.Result r = ListLabels.apply(in);
        assertThat(r.text()).isEqualTo("b) Một;\nc) Hai;\nd) Ba;\n~đ) Bốn;");
        assertThat(r.corrections()).extracting(Correction::original).containsExactly("¢");
    }

    @Test
    void theRepairerPutsLabelsOfEnglishOcrInSequence() {
        // an English OCR model reads đ) as d) and c) as ¢): the repairer reads them from the label before
        TextRepairer.Result r = TextRepairer.standard().repairLines(String.join("\n",
                "b) Cong khai thu tuc hanh chinh;", "¢) Kiem tra viec thuc hien;", "d) Bao cao dinh ky;",
                "d) Khen thuong kip thoi."), RepairMode.AUTO);
        assertThat(r.text().split("\n")).extracting(l -> l.substring(0, 2)).containsExactly("b)", "c)", "d)", "đ)");
        for (Correction c : r.corrections()) {
            assertThat(r.text().substring(c.start(), c.end())).isEqualTo(c.replacement());
        }
    }
}
