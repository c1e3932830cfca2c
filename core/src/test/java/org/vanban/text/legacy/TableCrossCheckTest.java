package org.vanban.text.legacy;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.vanban.vi.Letters;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Cross-checks the shipped tables against independent implementations: the JDK's windows-1258
 * charset, and glibc iconv (TCVN5712-1, CP1258) when the iconv program is on the machine.
 */
class TableCrossCheckTest {

    @Test
    void tablesHaveTheExpectedShape() {
        List<String[]> tcvn3 = LegacyTables.read("tcvn3.tsv");
        assertThat(tcvn3).hasSize(74);
        Set<String> letters = new HashSet<>();
        for (String[] row : tcvn3) {
            int b = Integer.parseInt(row[0], 16);
            assertThat(b).isBetween(0xA1, 0xFE);
            letters.add(row[2]);
        }
        assertThat(letters).containsAll(Letters.lower()).contains("Ă", "Â", "Ê", "Ô", "Ơ", "Ư", "Đ");
        List<String[]> vni = LegacyTables.read("vni.tsv");
        assertThat(vni).hasSize(134);
        Set<String> codes = new HashSet<>();
        for (String[] row : vni) {
            String code = LegacyTables.hexBytes(row[2]);
            assertThat(code.length()).isBetween(1, 2);
            assertThat(codes.add(code)).as("VNI code of " + row[0] + " is unique").isTrue();
            // a two-byte code is an ASCII vowel or ơ/ư (ô/ö) followed by a mark byte 0xC0..0xFF
            if (code.length() == 2) {
                assertThat("aeouyAEOUYôöÔÖ".indexOf(code.charAt(0))).as(row[0]).isNotNegative();
                assertThat((int) code.charAt(1)).isBetween(0xC0, 0xFF);
            } else {
                assertThat((int) code.charAt(0)).isBetween(0xC0, 0xFF);
            }
        }
        assertThat(LegacyTables.read("cp1258.tsv")).hasSize(128 - 9);
    }

    @Test
    void cp1258TableMatchesTheJdk() {
        Assumptions.assumeTrue(Charset.isSupported("windows-1258"), "JDK without windows-1258");
        Charset jdk = Charset.forName("windows-1258");
        for (String[] row : LegacyTables.read("cp1258.tsv")) {
            int b = Integer.parseInt(row[0], 16);
            String s = new String(new byte[]{(byte) b}, jdk);
            assertThat((int) s.charAt(0)).as("byte " + row[0]).isEqualTo((int) LegacyTables.codePoint(row[1]));
        }
    }

    @Test
    void tcvn3AndCp1258MatchGlibcIconv() throws Exception {
        Assumptions.assumeTrue(new File("/usr/bin/iconv").canExecute(), "no iconv program");
        for (String[] row : LegacyTables.read("tcvn3.tsv")) {
            assertThat(iconv("TCVN5712-1", Integer.parseInt(row[0], 16))).as("TCVN3 byte " + row[0]).isEqualTo(row[2]);
        }
        for (String[] row : LegacyTables.read("cp1258.tsv")) {
            assertThat(iconv("CP1258", Integer.parseInt(row[0], 16)))
                    .as("CP1258 byte " + row[0]).isEqualTo(String.valueOf(LegacyTables.codePoint(row[1])));
        }
    }

    private static String iconv(String from, int b) throws Exception {
        Process p = new ProcessBuilder("/usr/bin/iconv", "-f", from, "-t", "UTF-8").start();
        p.getOutputStream().write(b);
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
