package dev.viva.question.importer;

import dev.viva.question.importer.ParsedDocument.Ignored;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the customer's Markdown-like interview documents. Three forms of question are recognised:
 * <ul>
 * <li>a bold-italic line ({@code ***What is Express.js?***}), answered by the paragraphs that follow it,
 * if any, up to the next question;</li>
 * <li>a numbered heading without numbered children ({@code ### **2.1 What is the Event Loop?**}), whose
 * body up to the next numbered heading (or an un-numbered heading at the level of the top numbered
 * section, such as "Final Thoughts") is the answer; a numbered heading with numbered children is the
 * topic of its children, and un-numbered sub-headings inside a numbered section belong to its body;</li>
 * <li>an un-numbered heading whose body is a question followed by a {@code **Candidate:**} line, the
 * candidate's reply being the answer;</li>
 * <li>a short term alone on a line ending with ":" ({@code Promises:}) directly followed by its
 * definition.</li>
 * </ul>
 * Anything else (introductions, "Final Thoughts") is reported as ignored.
 */
public final class DocumentParser {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern NUMBERING = Pattern.compile("^(\\d+(?:\\.\\d+)+|\\d+)\\.?\\s+(.+)$");
    private static final Pattern BOLD_ITALIC = Pattern.compile("^\\s*\\*\\*\\*(?!\\*)(.+?)(?<!\\*)\\*\\*\\*\\s*$");
    private static final Pattern TERM = Pattern.compile("^([A-Za-z][A-Za-z0-9.&/' -]{0,40}?)\\s*:\\s*$");
    private static final Pattern RULE = Pattern.compile("^\\s*(?:-{3,}|\\*{3,}|_{3,})\\s*$");
    private static final Pattern FENCE = Pattern.compile("^\\s*(```|~~~).*$");
    private static final Pattern CANDIDATE = Pattern.compile("^\\s*\\*{0,2}\\s*candidate\\s*:?\\s*\\*{0,2}\\s*:?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern SPEAKER = Pattern.compile("^\\*{0,2}\\s*(?:interviewer|question)\\s*:\\s*\\*{0,2}\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PARENTHETICAL = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern REPEATED_MARK = Pattern.compile("([?!])\\1+");
    private static final List<String> LABELS = List.of("example", "examples", "note", "notes", "answer", "output",
            "summary", "conclusion", "candidate", "interviewer", "question");

    private record Heading(int line, int level, String number, String title, String display) {
        boolean numbered() {
            return number != null;
        }

        boolean isParentOf(Heading other) {
            return numbered() && other.numbered() && other.number.startsWith(number + ".");
        }
    }

    private final String[] lines;
    private final boolean[] code;
    private final List<Heading> headings = new ArrayList<>();
    private final List<ParsedQuestion> questions = new ArrayList<>();
    private final List<Ignored> ignored = new ArrayList<>();

    private DocumentParser(String text) {
        this.lines = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
        this.code = new boolean[lines.length];
        boolean inFence = false;
        for (int i = 0; i < lines.length; i++) {
            boolean fence = FENCE.matcher(lines[i]).matches();
            code[i] = inFence || fence;
            if (fence) {
                inFence = !inFence;
            }
            Matcher m = HEADING.matcher(lines[i]);
            if (!code[i] && m.matches()) {
                headings.add(heading(i, m.group(1).length(), stripEmphasis(m.group(2))));
            }
        }
    }

    public static ParsedDocument parse(String text) {
        DocumentParser parser = new DocumentParser(text);
        parser.run();
        return new ParsedDocument(parser.questions, parser.ignored);
    }

    private void run() {
        int firstHeading = headings.isEmpty() ? lines.length : headings.get(0).line;
        if (readFlat(0, firstHeading, null) == 0) {
            ignoreIfText(0, firstHeading, "introduction, not a question");
        }
        int k = 0;
        while (k < headings.size()) {
            Heading h = headings.get(k);
            int next = sectionEnd(k);
            int bodyEnd = next < headings.size() ? headings.get(next).line : lines.length;
            if (h.numbered() && hasChildren(h)) {
                ignoreIfText(h.line + 1, bodyEnd, "introduction of section \"" + h.display + "\"");
            } else if (h.numbered()) {
                add(cleanHeading(h.title), cleanHeading(h.title), topicOf(h), at(h), body(h.line + 1, bodyEnd));
            } else if (!readDialogue(h, bodyEnd)) {
                if (readFlat(h.line + 1, bodyEnd, cleanHeading(h.title)) == 0) {
                    ignored.add(new Ignored(h.display, "a heading without a number is not a question"));
                }
            }
            k = next;
        }
    }

    /** Index of the heading that ends the section opened by heading k (headings.size() at the end). */
    private int sectionEnd(int k) {
        Heading h = headings.get(k);
        int closingLevel = h.numbered() ? chapter(h).level : h.level;
        for (int j = k + 1; j < headings.size(); j++) {
            Heading other = headings.get(j);
            if (other.numbered() || other.level <= closingLevel) {
                return j;
            }
        }
        return headings.size();
    }

    private boolean readDialogue(Heading h, int bodyEnd) {
        for (int i = h.line + 1; i < bodyEnd; i++) {
            if (!code[i] && CANDIDATE.matcher(lines[i]).matches()) {
                String asked = SPEAKER.matcher(paragraph(h.line + 1, i)).replaceFirst("");
                String title = cleanHeading(h.title);
                add(asked.isBlank() ? title : clean(asked), title, title, at(h), body(i + 1, bodyEnd));
                return true;
            }
        }
        return false;
    }

    /** Bold-italic questions and "Term:" lines, each answered by what follows it; returns how many. */
    private int readFlat(int from, int to, String topic) {
        String text = null;
        int questionLine = -1;
        int found = 0;
        for (int i = from; i <= to; i++) {
            String question = i < to ? questionAt(i, from, to) : null;
            if (question != null && text == null) {
                ignoreIfText(from, i, "text before the first question");
            }
            if ((i == to || question != null) && text != null) {
                add(clean(text), clean(text), topic, "line " + (questionLine + 1), body(questionLine + 1, i));
                found++;
            }
            if (question != null) {
                text = question;
                questionLine = i;
            }
        }
        return found;
    }

    private String questionAt(int i, int from, int to) {
        if (code[i]) {
            return null;
        }
        Matcher bold = BOLD_ITALIC.matcher(lines[i]);
        if (bold.matches()) {
            return bold.group(1);
        }
        Matcher term = TERM.matcher(lines[i]);
        boolean paragraphStart = i == from || lines[i - 1].isBlank();
        boolean definitionFollows = i + 1 < to && !lines[i + 1].isBlank()
                && !BOLD_ITALIC.matcher(lines[i + 1]).matches();
        if (term.matches() && paragraphStart && definitionFollows) {
            String name = term.group(1).trim();
            boolean shortTerm = name.split("\\s+").length <= 4;
            if (shortTerm && !LABELS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                return name;
            }
        }
        return null;
    }

    private void add(String text, String title, String topic, String location, String answer) {
        questions.add(new ParsedQuestion(text, title, topic, location, questions.size() + 1, answer));
    }

    private void ignoreIfText(int from, int to, String reason) {
        String text = paragraph(from, to);
        if (!text.isBlank()) {
            ignored.add(new Ignored(abbreviate(text), reason));
        }
    }

    private boolean hasChildren(Heading h) {
        return headings.stream().anyMatch(h::isParentOf);
    }

    private Heading parent(Heading h) {
        Heading parent = null;
        for (Heading candidate : headings) {
            if (candidate.isParentOf(h) && (parent == null || candidate.number.length() > parent.number.length())) {
                parent = candidate;
            }
        }
        return parent;
    }

    private Heading chapter(Heading h) {
        Heading top = h;
        for (Heading p = parent(h); p != null; p = parent(p)) {
            top = p;
        }
        return top;
    }

    private String topicOf(Heading h) {
        Heading parent = parent(h);
        return parent == null ? null : cleanHeading(parent.title);
    }

    private static String at(Heading h) {
        return "line " + (h.line + 1) + ", heading \"" + h.display + "\"";
    }

    /** The lines of an answer: verbatim, without horizontal rules, trailing spaces or surrounding blank lines. */
    private String body(int from, int to) {
        List<String> kept = new ArrayList<>();
        for (int i = from; i < to; i++) {
            if (!code[i] && RULE.matcher(lines[i]).matches()) {
                continue;
            }
            String line = lines[i].stripTrailing();
            boolean blank = line.isEmpty();
            if (blank && (kept.isEmpty() || kept.get(kept.size() - 1).isEmpty()) && !code[i]) {
                continue;
            }
            kept.add(line);
        }
        while (!kept.isEmpty() && kept.get(kept.size() - 1).isEmpty()) {
            kept.remove(kept.size() - 1);
        }
        return kept.isEmpty() ? null : String.join("\n", kept);
    }

    /** The non-blank lines of a range joined into one line. */
    private String paragraph(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (!lines[i].isBlank() && !RULE.matcher(lines[i]).matches()) {
                sb.append(sb.isEmpty() ? "" : " ").append(lines[i].strip());
            }
        }
        return sb.toString();
    }

    private static Heading heading(int line, int level, String title) {
        Matcher m = NUMBERING.matcher(title);
        boolean dotted = m.matches() && (m.group(1).contains(".") || title.startsWith(m.group(1) + "."));
        return dotted ? new Heading(line, level, m.group(1), m.group(2).strip(), title)
                : new Heading(line, level, null, title, title);
    }

    private static String stripEmphasis(String s) {
        return s.replace("**", "").replace("__", "").strip();
    }

    /** A heading as question text: without a trailing ":" or presentation remark such as "(Deep Dive)". */
    static String cleanHeading(String title) {
        String t = title.strip().replaceAll(":+$", "").strip();
        String withoutRemark = TRAILING_PARENTHETICAL.matcher(t).replaceFirst("");
        if (!withoutRemark.isBlank()) {
            t = withoutRemark.replaceAll(":+$", "").strip();
        }
        return clean(t);
    }

    /** Question text: emphasis markers removed, whitespace collapsed, "??" reduced to "?". */
    static String clean(String text) {
        String t = text.replace("***", "").replace("**", "").replace("__", "");
        t = t.replaceAll("\\s+", " ").strip();
        return REPEATED_MARK.matcher(t).replaceAll("$1");
    }

    private static String abbreviate(String text) {
        return text.length() <= 80 ? text : text.substring(0, 79) + "…";
    }
}
