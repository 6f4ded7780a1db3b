package dev.viva.question.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MojibakeRepairTest {

    static final Path DOC_002 = Path.of("questions/nodejs/002_103c72581b15f37f.txt");

    @Test
    void restoresTheMacRomanDamageOfTheSeedDocument() throws Exception {
        MojibakeRepair.Result result = MojibakeRepair.repair(Files.readString(DOC_002));

        assertThat(result.text()).contains("Let’s go **deeper**", "libuv’s thread pool", "✅ **Use Case:**",
                "🚀", "🔹", "✔ APIs and Microservices", "❌ CPU-heavy", "**`os` module** →");
        assertThat(result.text()).doesNotContain("‚Ä", "‚ú", "üö", "â€", "\uF8FF");
        assertThat(result.notes()).singleElement().satisfies(note -> {
            assertThat(note.charset()).isEqualTo("x-MacRoman");
            assertThat(note.sequences()).isEqualTo(31);
            assertThat(note.examples()).contains("‚Äô -> ’", "‚úÖ -> ✅");
        });
    }

    @Test
    void restoresWindows1252DamageIncludingBytesThatCharsetLeavesUndefined() {
        String original = "Let’s go — “quoted” café, then ✅ and 🚀";
        String damaged = misread(original, Charset.forName("windows-1252"));
        assertThat(damaged).contains("Letâ€™s");

        MojibakeRepair.Result result = MojibakeRepair.repair(damaged);

        assertThat(result.text()).isEqualTo(original);
        assertThat(result.notes()).singleElement().satisfies(note -> assertThat(note.charset())
                .isEqualTo("windows-1252"));
    }

    @Test
    void restoresSyntheticMacRomanDamage() {
        String original = "naïve “quotes” — 🚀 done";
        MojibakeRepair.Result result = MojibakeRepair.repair(misread(original, Charset.forName("x-MacRoman")));

        assertThat(result.text()).isEqualTo(original);
    }

    @Test
    void leavesCleanTextUntouched() {
        String clean = "Café, naïve, über, “école” — résumé; emoji ✅ 🚀 🔹; CJK 日本語 中文; Ελληνικά; "
                + "math √2 ≈ 1.41, ± 5 %, © 2024, “é” and ‘à’.";

        MojibakeRepair.Result result = MojibakeRepair.repair(clean);

        assertThat(result.text()).isEqualTo(clean);
        assertThat(result.notes()).isEmpty();
    }

    @Test
    void leavesTheCleanSeedDocumentUntouched() throws Exception {
        String clean = Files.readString(Path.of("questions/nodejs/000_4b901903abdd6fa9.txt"));

        assertThat(MojibakeRepair.repair(clean).text()).isEqualTo(clean);
    }

    /** What happens to UTF-8 text opened with the wrong charset and saved again as UTF-8. */
    private static String misread(String text, Charset wrong) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        StringBuilder sb = new StringBuilder();
        for (byte b : utf8) {
            String c = new String(new byte[] { b }, wrong);
            // bytes undefined in windows-1252 survive as C1 controls, as editors and browsers do
            sb.append(c.equals("\uFFFD") ? String.valueOf((char) (b & 0xFF)) : c);
        }
        return sb.toString();
    }
}
