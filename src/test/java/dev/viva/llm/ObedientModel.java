package dev.viva.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.extension.ResponseDefinitionTransformerV2;
import com.github.tomakehurst.wiremock.http.ResponseDefinition;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the worst model there is: it obeys. Whenever the fenced answer addresses a grader
 * in any way it can read (any language it was written in, look-alike or invisible letters, base64,
 * ROT13, reversed or spaced-out text, fake verdicts, role markers, fence imitations, appeals), it
 * marks every criterion met and every misconception absent, quoting for each criterion the sentence
 * of the answer that best suits it. Otherwise it grades honestly, if crudely: a criterion is met when
 * one sentence shares most of its content words with the criterion's description and examples.
 *
 * <p>It reads the prompt as a model would: the criteria JSON, the fence and the datamarking marker.
 * It speaks the OpenAI chat-completions protocol as a WireMock transformer; install it with
 * {@code wireMock.stubFor(post(...).willReturn(aResponse().withTransformers(ObedientModel.NAME)))}.
 */
public final class ObedientModel implements ResponseDefinitionTransformerV2 {

    public static final String NAME = "obedient-model";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FENCE = Pattern.compile("(?m)^(ANSWER-[0-9a-f]{16})$");
    private static final Pattern MARKER = Pattern.compile("is written as the marker (\\S+)\\.");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]{16,}={0,2}");
    private static final Pattern SPACED = Pattern.compile("(?:\\b\\p{L} ){4,}\\p{L}\\b");
    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}_']*");

    /** What addresses a grader, in the languages and forms a capable model reads. Substrings of the folded text. */
    private static final List<String> ADDRESSES = List.of(
            // English
            "grader", "grading", "examiner", "evaluator", "assessor", "reviewer", "rubric", "criteria", "criterion",
            "verdict", "full marks", "maximum", "mark every", "mark all", "mark it", "as met", "all met",
            "ignore", "disregard", "overlook", "pay no attention", "forget everything", "instructions", "directions",
            "previous guidance", "preceding rules", "checklist", "superseded", "recorded as passed", "system:", "system\n", "<|im_start|>", "[inst]", "<<sys>>",
            "### user", "human:", "developer:", "assistant:", "hiring manager", "pre-approved", "be kind",
            "count every point", "10/10", "calibration fixture", "requirement has been fulfilled", "expected points",
            "end of input", "end_answer", "end candidate answer", "</answer>", "<instructions>", "answer-",
            "award", "satisfied", "\"met\"", ": met", "grading result", "| verdict", "auto-generated",
            // German, French, Spanish, Portuguese, Italian, Dutch
            "ignoriere", "anweisung", "bewerte", "kriteri", "ignorez", "critère", "note maximale", "attribuez",
            "ignora", "instrucciones", "criterios", "puntuación", "instruções", "critérios", "istruzioni",
            "negeer", "instructies",
            // Chinese, Japanese, Korean, Russian
            "忽略", "指令", "满分", "标准", "评分", "無視", "評価", "採点", "무시", "채점", "игнорир", "критери", "оцен");

    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'), Map.entry('с', 'c'),
            Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'), Map.entry('ѕ', 's'), Map.entry('ј', 'j'),
            Map.entry('α', 'a'), Map.entry('ο', 'o'), Map.entry('ε', 'e'), Map.entry('ι', 'i'), Map.entry('ν', 'v'),
            Map.entry('κ', 'k'), Map.entry('τ', 't'), Map.entry('ρ', 'p'));
    private static final Map<Character, Character> DIGITS = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's',
            '7', 't');

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public boolean applyGlobally() {
        return false;
    }

    @Override
    public ResponseDefinition transform(ServeEvent event) {
        try {
            JsonNode request = JSON.readTree(event.getRequest().getBodyAsString());
            JsonNode messages = request.path("messages");
            String user = messages.get(messages.size() - 1).path("content").asText();
            return new com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder().withStatus(200)
                    .withHeader("Content-Type", "application/json").withBody(completion(reply(user))).build();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The grading JSON this model gives for a grading prompt. */
    public static String reply(String userMessage) throws IOException {
        Matcher fence = FENCE.matcher(userMessage);
        if (!fence.find()) {
            throw new IllegalArgumentException("No fence in the prompt");
        }
        String line = fence.group(1);
        int from = userMessage.indexOf(line + "\n") + line.length() + 1;
        String answer = userMessage.substring(from, userMessage.lastIndexOf("\n" + line));
        Matcher marker = MARKER.matcher(userMessage);
        if (marker.find()) {
            answer = answer.replace(marker.group(1), " ");
        }
        String criteriaJson = userMessage.substring(userMessage.indexOf("Rubric criteria (JSON data):\n") + 29,
                userMessage.indexOf("\n\nThe candidate's answer"));
        return gradingFor(JSON.readTree(criteriaJson), answer);
    }

    /** The reply to criteria (as the prompt gives them) and an answer (as read, unmarked). */
    public static String gradingFor(JsonNode criteria, String answer) {
        boolean obey = addressesAGrader(answer);
        List<String> sentences = sentences(answer);
        ObjectNode root = JSON.createObjectNode();
        ArrayNode out = root.putArray("criteria");
        for (JsonNode c : criteria) {
            boolean penalty = c.path("kind").asText().equals("penalty");
            Set<String> words = words(c.path("description").asText());
            c.path("examples").forEach(e -> words.addAll(words(e.asText())));
            String best = sentences.isEmpty() ? answer.strip() : sentences.getFirst();
            double bestShare = -1;
            for (String s : sentences) {
                Set<String> sw = words(s);
                long shared = sw.stream().filter(words::contains).count();
                double share = sw.isEmpty() ? 0 : (double) shared / Math.min(sw.size(), 12) * Math.min(1, shared / 3.0);
                if (share > bestShare) {
                    bestShare = share;
                    best = s;
                }
            }
            String verdict = penalty ? "not_met" : obey ? "met"
                    : bestShare >= 0.5 ? "met" : bestShare >= 0.3 ? "partial" : "not_met";
            ObjectNode v = out.addObject();
            v.put("criterionId", c.path("id").asText());
            v.put("verdict", verdict);
            ArrayNode evidence = v.putArray("evidence");
            if (!verdict.equals("not_met")) {
                evidence.add(best);
            }
            v.put("rationale", obey ? "As instructed in the answer." : "Shares wording with the criterion.");
        }
        ObjectNode feedback = root.putObject("feedback");
        feedback.putArray("strengths");
        feedback.putArray("missing");
        feedback.put("nextStep", "Review the topic.");
        return root.toString();
    }

    /** Whether anything in the answer, read in any of the ways a model can read it, speaks to a grader. */
    public static boolean addressesAGrader(String answer) {
        String text = fold(answer);
        Set<String> views = new HashSet<>(List.of(text, Normalizer.normalize(answer, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT), new StringBuilder(text).reverse().toString(), rot13(text),
                digitsAsLetters(text), SPACED.matcher(text).replaceAll(m -> m.group().replace(" ", ""))));
        Matcher b64 = BASE64.matcher(answer);
        while (b64.find()) {
            try {
                views.add(fold(new String(Base64.getDecoder().decode(b64.group()), StandardCharsets.UTF_8)));
            } catch (IllegalArgumentException notBase64) {
                // not base64 after all
            }
        }
        return views.stream().anyMatch(v -> ADDRESSES.stream().anyMatch(v::contains));
    }

    private static String fold(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (cp >= 0xE0020 && cp <= 0xE007E) {
                out.append((char) (cp - 0xE0000)); // tag characters spell ASCII
            } else if (Character.getType(cp) != Character.FORMAT) {
                out.appendCodePoint(cp);
            }
        });
        String s = Normalizer.normalize(out.toString(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder latin = new StringBuilder(s.length());
        for (char ch : s.toCharArray()) {
            latin.append(LOOK_ALIKES.getOrDefault(ch, ch));
        }
        return latin.toString().replaceAll("[ \\t]+", " ");
    }

    private static String digitsAsLetters(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            out.append(DIGITS.getOrDefault(ch, ch));
        }
        return out.toString();
    }

    private static String rot13(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char ch : text.toCharArray()) {
            out.append(ch >= 'a' && ch <= 'z' ? (char) ('a' + (ch - 'a' + 13) % 26) : ch);
        }
        return out.toString();
    }

    private static List<String> sentences(String answer) {
        return java.util.Arrays.stream(answer.split("(?<=[.!?。])\\s+|\\n+"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static Set<String> words(String text) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            if (m.group().length() >= 4) {
                out.add(m.group().length() > 6 ? m.group().substring(0, 6) : m.group());
            }
        }
        return out;
    }

    private static String completion(String content) {
        ObjectNode root = JSON.createObjectNode();
        root.put("id", "chatcmpl-obedient");
        root.put("object", "chat.completion");
        root.put("created", 1747000000);
        root.put("model", "gpt-4o-mini-2024-07-18");
        ObjectNode choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        ObjectNode message = choice.putObject("message");
        message.put("role", "assistant");
        message.put("content", content);
        choice.put("finish_reason", "stop");
        ObjectNode usage = root.putObject("usage");
        usage.put("prompt_tokens", 900);
        usage.put("completion_tokens", 200);
        usage.put("total_tokens", 1100);
        return root.toString();
    }
}
