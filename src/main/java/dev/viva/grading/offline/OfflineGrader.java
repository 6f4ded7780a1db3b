package dev.viva.grading.offline;

import io.opentelemetry.instrumentation.annotations.WithSpan;
import dev.viva.text.SentenceEmbedder;
import dev.viva.text.Words;

import dev.viva.grading.CriterionVerdict;
import dev.viva.grading.Flag;
import dev.viva.grading.Grader;
import dev.viva.grading.GraderKind;
import dev.viva.grading.GraderOutput;
import dev.viva.grading.GradingInput;
import dev.viva.grading.Verdict;
import dev.viva.rubric.model.Criterion;
import dev.viva.rubric.model.CriterionKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The embedded default grader: no network, no key. For each criterion it finds the answer sentences
 * that express it with an in-process sentence-embedding model, backed by content-word recall and the
 * whole answer's closeness to the model answer. Evidence is those sentences verbatim. Bare term lists
 * and sentences that only echo the question earn nothing; penalties are applied only when clear.
 */
@ApplicationScoped
public class OfflineGrader implements Grader {

    private final SentenceEmbedder embedder;
    private final OfflineThresholds t;

    @Inject
    public OfflineGrader(SentenceEmbedder embedder, OfflineGraderConfig config) {
        this(embedder, config.thresholds());
    }

    public OfflineGrader(SentenceEmbedder embedder, OfflineThresholds thresholds) {
        this.embedder = embedder;
        this.t = thresholds;
    }

    @Override
    public GraderKind kind() {
        return GraderKind.OFFLINE;
    }

    @Override
    public boolean available() {
        return true;
    }

    @WithSpan("viva.grader")
    @Override
    public GraderOutput grade(GradingInput input) {
        String answer = input.answer() == null ? "" : input.answer();
        AnalysedAnswer a = AnalysedAnswer.of(answer, input.questionText());
        List<Criterion> criteria = input.rubric().criteria();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (a.words() < t.minWords()) {
            flags.add(Flag.TOO_SHORT);
        }
        if (a.mostlyTermLists()) {
            flags.add(Flag.LOW_CONFIDENCE);
        }

        // One batch for the answer's sentences; criteria, question and model answer come from the cache.
        List<float[]> answerVectors = embedder.embedAll(a.sentences());
        float[] question = embedder.embedCached(nonBlank(input.questionText()));
        String reference = input.modelAnswer() == null || input.modelAnswer().isBlank()
                ? String.join(" ", criteria.stream().map(Criterion::description).toList())
                : input.modelAnswer();
        double answerSim = a.anyCounted()
                ? SentenceEmbedder.cosine(countedCentroid(a, answerVectors), embedder.embedCached(reference))
                : 0;
        double[] questionSim = new double[a.sentences().size()];
        for (int i = 0; i < questionSim.length; i++) {
            questionSim[i] = SentenceEmbedder.cosine(answerVectors.get(i), question);
        }
        Set<String> questionStems = Words.contentStems(nonBlank(input.questionText()));

        List<CriterionVerdict> verdicts = new ArrayList<>();
        double nearCount = 0;
        double marginSum = 0;
        int scored = 0;
        double bestRaw = answerSim;
        List<Match> matches = new ArrayList<>();
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        for (Criterion c : criteria) {
            Match m = match(c, a, answerVectors, questionSim, questionStems, answerSim);
            matches.add(m);
            if (c.kind() != CriterionKind.PENALTY) {
                bestRaw = Math.max(bestRaw, m.rawBest);
            }
        }
        boolean offTopic = !criteria.isEmpty() && bestRaw < t.offTopicThreshold();
        if (offTopic) {
            flags.add(Flag.OFF_TOPIC);
        }
        for (int k = 0; k < criteria.size(); k++) {
            Criterion c = criteria.get(k);
            Match m = matches.get(k);
            if (c.kind() == CriterionKind.PENALTY) {
                verdicts.add(penaltyVerdict(c, m, a, flags));
                details.put(c.id(), Map.of("sentence", round(m.sentenceSim), "penaltyFrom", t.penaltyThreshold()));
                continue;
            }
            Verdict v = offTopic ? Verdict.NOT_MET
                    : m.score >= t.metThreshold() ? Verdict.MET
                    : m.score >= t.partialThreshold() ? Verdict.PARTIAL : Verdict.NOT_MET;
            double margin = Math.min(Math.abs(m.score - t.metThreshold()), Math.abs(m.score - t.partialThreshold()));
            scored++;
            marginSum += Math.min(1, margin / 0.1);
            if (margin < t.lowConfidenceMargin()) {
                nearCount++;
            }
            List<String> evidence = v == Verdict.NOT_MET || m.best < 0 ? List.of() : List.of(a.sentences().get(m.best));
            verdicts.add(new CriterionVerdict(c.id(), v, evidence, OfflineRationale.of(v,
                    m.best < 0 ? null : a.sentences().get(m.best), m.covered(), m.missing(), offTopic)));
            details.put(c.id(), Map.of("match", round(m.score), "sentence", round(m.sentenceSim), "words", round(m.recall),
                    "answer", round(answerSim)));
        }
        if (scored > 0 && nearCount / scored >= t.lowConfidenceShare()) {
            flags.add(Flag.LOW_CONFIDENCE);
        }
        double confidence = scored == 0 ? 0.5 : marginSum / scored;
        if (flags.contains(Flag.LOW_CONFIDENCE)) {
            confidence = Math.min(confidence, 0.4);
        }
        Map<String, Object> settings = new java.util.LinkedHashMap<>(t.asSettings());
        settings.put("criteria", details); // per criterion: match, and its sentence, word and answer parts
        return new GraderOutput(verdicts, OfflineFeedback.of(input.rubric(), verdicts), flags,
                Math.round(confidence * 100) / 100.0, embedder.name(), settings, Map.of(),
                GraderOutput.Usage.NONE);
    }

    /** How well the answer expresses one criterion: the best counted sentence, word recall, whole answer. */
    private Match match(Criterion c, AnalysedAnswer a, List<float[]> vectors, double[] questionSim,
            Set<String> questionStems, double answerSim) {
        List<String> texts = new ArrayList<>();
        texts.add(c.description());
        texts.addAll(c.examples());
        List<float[]> criterionVectors = embedder.embedAllCached(texts);
        int best = -1;
        double bestSim = 0;
        double rawBest = 0;
        for (int i = 0; i < a.sentences().size(); i++) {
            double sim = 0;
            for (float[] cv : criterionVectors) {
                sim = Math.max(sim, SentenceEmbedder.cosine(vectors.get(i), cv));
            }
            rawBest = Math.max(rawBest, sim);
            if (c.kind() != CriterionKind.PENALTY && !a.counts(i)) {
                continue;
            }
            // A sentence about as close to the question as to the criterion only restates the question.
            double echo = Math.max(0, questionSim[i] + t.questionEchoMargin() - sim);
            double effective = c.kind() == CriterionKind.PENALTY ? sim : sim - echo;
            if (effective > bestSim) {
                bestSim = effective;
                best = i;
            }
        }
        Set<String> criterionStems = new HashSet<>();
        texts.forEach(x -> criterionStems.addAll(Words.contentStems(x)));
        criterionStems.removeAll(questionStems);
        double recall = criterionStems.isEmpty() ? bestSim
                : (double) criterionStems.stream().filter(a.countedStems()::contains).count() / criterionStems.size();
        // the key terms as the criterion writes them, each stem once, for the reviewer's rationale
        List<String> covered = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (String word : Words.tokens(String.join(" ", texts))) {
            String stem = Words.stem(word);
            if (criterionStems.contains(stem) && named.add(stem)) {
                (a.countedStems().contains(stem) ? covered : missing).add(word);
            }
        }
        double sentenceWeight = 1 - t.overlapWeight() - t.answerWeight();
        double score = sentenceWeight * bestSim + t.overlapWeight() * recall + t.answerWeight() * answerSim;
        return new Match(best, bestSim, rawBest, recall, score, covered, missing);
    }

    /**
     * Embeddings cannot tell "X always runs first" from "X does not always run first": a misconception
     * counts only at a very high similarity with matching negation; anything in doubt is flagged, not deducted.
     */
    private CriterionVerdict penaltyVerdict(Criterion c, Match m, AnalysedAnswer a, Set<Flag> flags) {
        if (m.best < 0 || m.sentenceSim < t.penaltyThreshold() - t.penaltyDoubtMargin()) {
            return new CriterionVerdict(c.id(), Verdict.NOT_MET, List.of(), "No sentence of the answer states this misconception.");
        }
        String sentence = a.sentences().get(m.best);
        boolean sameNegation = Words.negated(sentence) == Words.negated(c.description() + " "
                + String.join(" ", c.examples()));
        if (m.sentenceSim >= t.penaltyThreshold() && sameNegation) {
            return new CriterionVerdict(c.id(), Verdict.MET, List.of(sentence),
                    "The sentence \"" + sentence + "\" states this misconception, with the same negation.");
        }
        flags.add(Flag.LOW_CONFIDENCE);
        return new CriterionVerdict(c.id(), Verdict.NOT_MET, List.of(sentence), "The sentence \"" + sentence
                + "\" may state this misconception" + (sameNegation ? "" : " (its negation differs)")
                + "; not deducted, left to review.");
    }

    private static double round(double x) {
        return Math.round(x * 1000) / 1000.0;
    }

    /** The answer as a whole: the normalised mean of its counted sentences (cheaper than embedding it again). */
    private static float[] countedCentroid(AnalysedAnswer a, List<float[]> vectors) {
        float[] sum = new float[vectors.get(0).length];
        for (int i = 0; i < vectors.size(); i++) {
            if (a.counts(i)) {
                for (int d = 0; d < sum.length; d++) {
                    sum[d] += vectors.get(i)[d];
                }
            }
        }
        double norm = 0;
        for (float x : sum) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int d = 0; d < sum.length; d++) {
            sum[d] = (float) (sum[d] / norm);
        }
        return sum;
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? "-" : s;
    }

    private record Match(int best, double sentenceSim, double rawBest, double recall, double score, List<String> covered,
            List<String> missing) {
    }
}
