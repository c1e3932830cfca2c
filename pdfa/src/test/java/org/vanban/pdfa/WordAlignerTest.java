package org.vanban.pdfa;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class WordAlignerTest {

    static WordBox box(String t, double x) {
        return new WordBox(t, x, 10, 40, 20);
    }

    @Test
    void repairedWordsTakeTheBoxesOfTheOcrWordsTheyReplace() {
        List<TextLine> ocr = List.of(new TextLine(List.of(box("Ve", 0), box("viéc", 50), box("tieptuc", 100))));
        List<TextLine> out = new WordAligner().align(ocr, "Về việc tiếp tục");
        List<WordBox> ws = out.get(0).words();
        assertThat(ws).extracting(WordBox::text).containsExactly("Về", "việc", "tiếp", "tục");
        assertThat(ws.get(1).x()).isEqualTo(50);
        // the split shares the OCR box by letters
        assertThat(ws.get(2).x()).isEqualTo(100);
        assertThat(ws.get(3).right()).isEqualTo(140);
        assertThat(ws.get(3).x()).isCloseTo(100 + 40 * 4 / 7.0, org.assertj.core.data.Offset.offset(1e-9)); // 4 of 7 letters
    }

    @Test
    void mergedOcrWordsGiveTheUnionOfTheirBoxes() {
        List<TextLine> ocr = List.of(new TextLine(List.of(box("tr", 0), box("ường", 45), box("học", 100))));
        List<WordBox> ws = new WordAligner().align(ocr, "trường học").get(0).words();
        assertThat(ws).extracting(WordBox::text).containsExactly("trường", "học");
        assertThat(ws.get(0).x()).isEqualTo(0);
        assertThat(ws.get(0).right()).isEqualTo(85);
    }
}
