package org.vanban.text;

import com.ibm.icu.text.Normalizer2;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.ArrayList;

import static org.assertj.core.api.Assertions.assertThat;

class PageRepairTest {
    private final PageRepair repair = new PageRepair();

    private static final String RAW = Normalizer2.getNFDInstance().normalize(
            "UỶ BAN NHÂN DÂN\u00A0\u00A0\u00A0CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM   \r\n"
                    + "~ . ' , |\r\n"
                    + "Về việc cải cách hành chí-\r\nnh năm 2021\r\n"
                    + "\u00D0iều 1. Nâng cao sức khoẻ\u200B\r\n");

    @Test
    void composesAllSteps() {
        assertThat(repair.repair(RAW)).isEqualTo(
                "ỦY BAN NHÂN DÂN   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                        + "Về việc cải cách hành chính\nnăm 2021\n"
                        + "Điều 1. Nâng cao sức khỏe\n");
    }

    @Test
    void leavesTheRawStringAndIsThreadSafe() throws Exception {
        String copy = new String(RAW);
        String expected = repair.repair(RAW);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 64; i++) results.add(pool.submit(() -> repair.repair(RAW)));
            for (Future<String> r : results) assertThat(r.get()).isEqualTo(expected);
        } finally {
            pool.shutdown();
        }
        assertThat(RAW).isEqualTo(copy);
    }

    @Test
    void customChainRunsInOrder() {
        PageRepair upper = new PageRepair(List.of(s -> s + "b", s -> s + "c"));
        assertThat(upper.repair("a")).isEqualTo("abc");
    }
}
