package dev.viva.question.importer;

import dev.viva.question.RepairNote;

import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Repairs text that was UTF-8, got decoded with a single-byte charset (Mac Roman or Windows-1252) and was
 * saved again as UTF-8: "Let‚Äôs" (Mac Roman) or "Letâ€™s" (Windows-1252) for "Let’s".
 *
 * <p>Each maximal run of non-ASCII characters that the suspect charset can encode is turned back into
 * bytes; inside that run, every complete, well-formed UTF-8 multi-byte sequence is decoded and replaces
 * the characters it came from. A sequence is only accepted when it looks like damage rather than
 * text: three- and four-byte sequences (three or four symbols in a row that happen to spell valid UTF-8
 * do not occur in prose), and two-byte sequences only when they decode to a Latin letter or sign
 * (U+00A0..U+024F), because "“é" in clean text would otherwise become Cyrillic. Characters outside the
 * charset (emoji, CJK, most accented text written correctly) are never touched, so clean text stays as
 * it is. The charset that restores the most sequences is applied first, then the other one gets a chance.
 */
public final class MojibakeRepair {

    public record Result(String text, List<RepairNote> notes) {
    }

    private static final List<Charset> SUSPECTS = List.of(Charset.forName("x-MacRoman"),
            Charset.forName("windows-1252"));
    private static final int MAX_EXAMPLES = 5;

    private MojibakeRepair() {
    }

    public static Result repair(String text) {
        String current = text;
        List<RepairNote> notes = new ArrayList<>();
        Set<Charset> remaining = new LinkedHashSet<>(SUSPECTS);
        while (!remaining.isEmpty()) {
            Pass best = null;
            for (Charset charset : remaining) {
                Pass pass = Pass.run(current, charset);
                if (pass.sequences > 0 && (best == null || pass.sequences > best.sequences)) {
                    best = pass;
                }
            }
            if (best == null) {
                break;
            }
            current = best.text;
            notes.add(new RepairNote(best.charset.name(), best.sequences, List.copyOf(best.examples)));
            remaining.remove(best.charset);
        }
        return new Result(current, List.copyOf(notes));
    }

    /** One pass over the text with one suspect charset. */
    private static final class Pass {
        final Charset charset;
        final CharsetEncoder encoder;
        final StringBuilder out = new StringBuilder();
        final Set<String> examples = new LinkedHashSet<>();
        int sequences;
        String text;

        private Pass(Charset charset) {
            this.charset = charset;
            this.encoder = charset.newEncoder();
        }

        static Pass run(String text, Charset charset) {
            Pass pass = new Pass(charset);
            int i = 0;
            while (i < text.length()) {
                int end = i;
                while (end < text.length() && pass.byteOf(text.charAt(end)) >= 0) {
                    end++;
                }
                if (end > i) {
                    pass.repairRun(text.substring(i, end));
                    i = end;
                } else {
                    pass.out.append(text.charAt(i));
                    i++;
                }
            }
            pass.text = pass.out.toString();
            return pass;
        }

        /** The byte (0x80..0xFF) the charset writes for this character, or -1 when it is not a suspect. */
        int byteOf(char c) {
            if (c < 0x80) {
                return -1;
            }
            if (c <= 0x9F && charset.name().equals("windows-1252")) {
                return c; // bytes Windows-1252 leaves undefined survive misreading as C1 controls
            }
            if (Character.isSurrogate(c) || !encoder.canEncode(c)) {
                return -1;
            }
            byte[] bytes = String.valueOf(c).getBytes(charset);
            return bytes.length == 1 ? bytes[0] & 0xFF : -1;
        }

        void repairRun(String run) {
            int[] bytes = run.chars().map(c -> byteOf((char) c)).toArray();
            int i = 0;
            while (i < bytes.length) {
                int length = sequenceLength(bytes, i);
                if (length > 0) {
                    int codePoint = decode(bytes, i, length);
                    if (plausible(codePoint, length)) {
                        String damaged = run.substring(i, i + length);
                        String restored = new String(Character.toChars(codePoint));
                        out.append(restored);
                        sequences++;
                        if (examples.size() < MAX_EXAMPLES) {
                            examples.add(damaged + " -> " + restored);
                        }
                        i += length;
                        continue;
                    }
                }
                out.append(run.charAt(i));
                i++;
            }
        }

        /** Length of the well-formed UTF-8 multi-byte sequence starting at i, or 0. */
        static int sequenceLength(int[] b, int i) {
            int lead = b[i];
            int length;
            if (lead >= 0xC2 && lead <= 0xDF) {
                length = 2;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                length = 3;
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                length = 4;
            } else {
                return 0;
            }
            if (i + length > b.length) {
                return 0;
            }
            for (int k = 1; k < length; k++) {
                if (b[i + k] < 0x80 || b[i + k] > 0xBF) {
                    return 0;
                }
            }
            int cp = decode(b, i, length);
            boolean shortest = (length == 2 && cp >= 0x80) || (length == 3 && cp >= 0x800)
                    || (length == 4 && cp >= 0x10000 && cp <= 0x10FFFF);
            return shortest && !(cp >= 0xD800 && cp <= 0xDFFF) ? length : 0;
        }

        static int decode(int[] b, int i, int length) {
            int cp = b[i] & (0xFF >> (length + 1));
            for (int k = 1; k < length; k++) {
                cp = (cp << 6) | (b[i + k] & 0x3F);
            }
            return cp;
        }

        static boolean plausible(int codePoint, int length) {
            int type = Character.getType(codePoint);
            if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.UNASSIGNED) {
                return false;
            }
            return length > 2 || (codePoint >= 0xA0 && codePoint <= 0x24F);
        }
    }
}
