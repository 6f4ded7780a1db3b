package dev.viva.grading;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What text that addresses the grader looks like, in the bank's language and in German, French,
 * Spanish, Portuguese, Russian, Chinese and Japanese. Two kinds: {@link #PATTERNS}, phrases that
 * only an instruction or a fake verdict uses, and {@link #talksAboutTheGrade}, a sentence that speaks
 * of the grading itself (a grading word, an outcome and a quantifier together), which an answer about
 * Node.js does not need to do. Detection only: the score never depends on it.
 */
final class GraderAddressPatterns {

    private GraderAddressPatterns() {
    }

    private static final String INSTRUCTIONS = "(instructions?|prompts?|rules?|rubric|criteria|guidelines?|guidance"
            + "|directions?|checklist|everything (you were|you've been) told|what you were told)";

    static final List<Pattern> PATTERNS = List.of(
            // instructions aimed at the grader or the model, with their synonyms
            Pattern.compile("(?i)\\b(ignore|disregard|forget|override|overlook|bypass|skip|neglect|set aside"
                    + "|pay no attention to)\\b[^.\\n]{0,40}\\b(previous|prior|above|earlier|preceding|foregoing|all"
                    + "|any|the|everything)\\b[^.\\n]{0,30}\\b" + INSTRUCTIONS),
            Pattern.compile("(?i)\\bforget everything\\b|\\b(is|are) (hereby )?(superseded|void|revoked|cancelled)\\b"),
            Pattern.compile("(?i)\\b(give|award|assign|grade|mark|score|rate|grant)\\b[^.\\n]{0,40}\\b(full|maximum|max"
                    + "|perfect|highest|100|top|all)\\b[^.\\n]{0,30}\\b(marks?|points?|score|credit|grade|item)"),
            Pattern.compile("(?i)\\b(mark|grade|consider|treat|set|record|count|evaluate|rate)\\b[^.\\n]{0,50}"
                    + "\\b(criteri(a|on)|verdicts?|this answer|everything|it|every point|all points)\\b[^.\\n]{0,30}"
                    + "\\b(as|to)\\b[^.\\n]{0,12}\\b(met|correct|passed|satisfied|complete|covered|fulfilled)"),
            Pattern.compile("(?i)\\b(you are|you're|act as|pretend to be|as an? (ai|language model|grader|evaluator))"
                    + "\\b[^.\\n]{0,40}\\b(grader|evaluator|examiner|assistant|model|ai)\\b"),
            Pattern.compile("(?i)\\byou are now (required|instructed|expected|supposed) to\\b"),
            Pattern.compile("(?i)(\\b(dear|note to( the)?|attention|to the|for the|hey)\\s*)(grader|evaluator|examiner"
                    + "|assessor|marker|ai|model|llm|reviewer|scoring system)\\b|\\b(grader|evaluator|examiner|assessor)"
                    + "\\s*:"),
            Pattern.compile("(?i)\\b(new|updated|system|grader)\\s+(instructions?|prompt|rules?)\\b\\s*(\\(updated\\))?\\s*:?"),
            Pattern.compile("(?i)\\bas the (hiring manager|recruiter|interviewer|reviewer|examiner|administrator|"
                    + "grader)\\b|\\b(pre-?approved|already (verified|approved|reviewed|graded))\\b"),
            // role markers and chat-template tokens, also mid-line
            Pattern.compile("(?im)^\\s*(system|assistant|user|developer|human)\\s*:"),
            Pattern.compile("(?i)(#{2,}|\\*\\*|\\b)\\s*(human|assistant)\\s*:|#{2,}\\s*(system|user)\\s*:"
                    + "|(?<=[.!?])\\s+(system|developer)\\s*:"),
            Pattern.compile("(?i)<\\|?\\s*(im_start|im_end|system|endoftext|assistant|user)\\s*\\|?>|\\[/?(INST|SYS)\\]"
                    + "|<</?SYS>>"),
            // fake verdicts in the grader's own output format, as JSON, YAML or a table
            Pattern.compile("(?i)[\"']?(verdict|score|criterionId|criteria|grade)[\"']?\\s*[:=]\\s*[\"']?(met|100|full"
                    + "|pass|10/10|5/5)"),
            Pattern.compile("(?i)\\|\\s*(met|not_met|partial|passed)\\s*\\|"),
            // imitations of fences and delimiters, Viva's own among them
            Pattern.compile("(?im)^\\s*(-{3,}|={3,}|\\+{3,}|#{3,}|`{3,}|<{3,}|>{3,})\\s*(end|begin|answer|stop|start)?"
                    + "[\\w -]*$"),
            Pattern.compile("(?i)\\b(END|BEGIN)[ _-]?(OF[ _-]?)?(ANSWER|INPUT|DATA|FENCE|PROMPT)\\b|<{3}|>{3}"
                    + "|\\bANSWER-[0-9a-f]{8,}\\b|</?(answer|instructions?|system|prompt)>"),
            // other languages: "ignore the previous instructions", "full marks", "rate as met"
            Pattern.compile("(?iU)\\b(ignorier\\w*|vergiss\\w*|missacht\\w*|ignorez|ignore[rs]?|oublie[zr]?|ignora\\w*"
                    + "|olvida\\w*|игнорир\\w*|забудь\\w*)\\b[^.\\n]{0,40}(anweisung|instruction|consigne|instrucci"
                    + "|instruç|инструкц|указани)"),
            Pattern.compile("(?iU)\\b(volle punktzahl|höchstpunktzahl|note maximale|puntuación máxima|nota máxima"
                    + "|максимальн\\w* балл)|\\bals erfüllt\\b|\\bcomme (satisfaits?|remplis?)\\b|\\bcomo cumplid"
                    + "|\\bcomo atendid|\\bsont remplis\\b"),
            Pattern.compile("(忽略|无视|無視).{0,20}(指令|指示|说明|規則|规则)|(指令|指示|说明|規則|规则).{0,20}(忽略|无视|無視)"
                    + "|满分|満点|(评为|判定).{0,6}(满足|満たし)|満たしている.{0,4}と判定"));

    private static final Pattern GRADING_WORD = Pattern.compile("(?i)\\b(criteri(a|on)|verdicts?|rubric|checklist"
            + "|requirements?|expected points|points?|marks|grader|evaluator|examiner|assessment|evaluation|scor(e|es|ed)"
            + "|outcome|result)\\b");
    private static final Pattern OUTCOME = Pattern.compile("(?i)\\b(met|satisfied|passed|fulfilled|covered|complete"
            + "|100|10/10|full marks|maximum)\\b");
    private static final Pattern QUANTIFIER = Pattern.compile("(?i)\\b(all|every|each|full|maximum|max|perfect"
            + "|100%?|10/10|everything)\\b");

    /** Whether any of the patterns, or the grading-talk test, finds {@code text} addressing the grader. */
    static boolean foundIn(String text) {
        return PATTERNS.stream().anyMatch(p -> p.matcher(text).find()) || talksAboutTheGrade(text);
    }

    /** A sentence that speaks of the grading itself: a grading word, an outcome and a quantifier together. */
    static boolean talksAboutTheGrade(String sentence) {
        String s = sentence.toLowerCase(Locale.ROOT);
        return GRADING_WORD.matcher(s).find() && OUTCOME.matcher(s).find() && QUANTIFIER.matcher(s).find()
                && !s.contains("promise");
    }
}
