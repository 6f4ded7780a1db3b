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
 * The embedded default grader: no network, no key. For each criterion it finds the answer sentence that
 * expresses it best with an in-process sentence-embedding model, measures word-level coverage beside it
 * ({@link CoverageFeatures}), and turns those into a coverage and a verdict with the trained
 * {@link CoverageModel}. Evidence is that sentence verbatim. Bare term lists and sentences that only echo
 * the question earn nothing; penalties are applied only when clear.
 */
@ApplicationScoped
public class OfflineGrader implements Grader {

    private final SentenceEmbedder embedder;
    private final OfflineThresholds t;
    private final CoverageModel model;

    @Inject
    public OfflineGrader(SentenceEmbedder embedder, OfflineGraderConfig config) {
        this(embedder, config.thresholds(), config.coverageModel());
    }

    /** With the shipped coverage model. */
    public OfflineGrader(SentenceEmbedder embedder, OfflineThresholds thresholds) {
        this(embedder, thresholds, CoverageModel.shipped());
    }

    public OfflineGrader(SentenceEmbedder embedder, OfflineThresholds thresholds, CoverageModel model) {
        this.embedder = embedder;
        this.t = thresholds;
        this.model = model;
    }

    @Override
    public GraderKind kind() {
        return GraderKind.OFFLINE;
    }

    @Override
    public boolean available() {
        return true;
    }

    /**
     * The embedding model, the coverage model with its thresholds, and the settings: a stored offline result is
     * reused for an identical request only when all of them are the same (the coverage model file is a setting).
     */
    @Override
    public String fingerprint() {
        return String.join("|", kind().name(), embedder.name(), model.version(), String.valueOf(model.metThreshold()),
                String.valueOf(model.partialThreshold()), t.asSettings().toString());
    }

    @WithSpan("viva.grader")
    @Override
    public GraderOutput grade(GradingInput input) {
        Analysis analysis = analyse(input);
        AnalysedAnswer a = analysis.answer();
        List<Criterion> criteria = input.rubric().criteria();
        Set<Flag> flags = EnumSet.noneOf(Flag.class);
        if (a.words() < t.minWords()) {
            flags.add(Flag.TOO_SHORT);
        }
        if (a.mostlyTermLists()) {
            flags.add(Flag.LOW_CONFIDENCE);
        }
        List<CriterionVerdict> verdicts = new ArrayList<>();
        double marginSum = 0;
        double nearCount = 0;
        int scored = 0;
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        boolean offTopic = analysis.offTopic(t.offTopicThreshold());
        if (offTopic) {
            flags.add(Flag.OFF_TOPIC);
        }
        for (int k = 0; k < criteria.size(); k++) {
            Criterion c = criteria.get(k);
            Match m = analysis.matches().get(k);
            if (c.kind() == CriterionKind.PENALTY) {
                verdicts.add(penaltyVerdict(c, m, a, flags));
                details.put(c.id(), Map.of("sentence", round(m.sentenceSim), "penaltyFrom", t.penaltyThreshold()));
                continue;
            }
            double coverage = coverage(m);
            Verdict v = offTopic ? Verdict.NOT_MET
                    : coverage >= model.metThreshold() ? Verdict.MET
                    : coverage >= model.partialThreshold() ? Verdict.PARTIAL : Verdict.NOT_MET;
            double margin = Math.min(Math.abs(coverage - model.metThreshold()),
                    Math.abs(coverage - model.partialThreshold()));
            scored++;
            marginSum += Math.min(1, margin / 0.1);
            if (margin < t.lowConfidenceMargin()) {
                nearCount++;
            }
            List<String> evidence = v == Verdict.NOT_MET || m.best < 0 ? List.of() : List.of(a.sentences().get(m.best));
            verdicts.add(new CriterionVerdict(c.id(), v, evidence, OfflineRationale.of(v,
                    m.best < 0 ? null : a.sentences().get(m.best), m.covered(), m.missing(), offTopic)));
            Map<String, Object> numbers = new java.util.LinkedHashMap<>();
            numbers.put("coverage", round(coverage));
            double[] x = m.features().vector();
            for (int i = 0; i < 7; i++) { // the measured features; the rest are derived from them
                numbers.put(CoverageFeatures.NAMES.get(i), round(x[i]));
            }
            details.put(c.id(), numbers);
        }
        if (scored > 0 && nearCount / scored >= t.lowConfidenceShare()) {
            flags.add(Flag.LOW_CONFIDENCE);
        }
        double confidence = scored == 0 ? 0.5 : marginSum / scored;
        if (flags.contains(Flag.LOW_CONFIDENCE)) {
            confidence = Math.min(confidence, 0.4);
        }
        Map<String, Object> settings = new java.util.LinkedHashMap<>();
        settings.put("coverageModel", model.version());
        settings.put("metThreshold", model.metThreshold());
        settings.put("partialThreshold", model.partialThreshold());
        settings.putAll(t.asSettings());
        settings.put("criteria", details); // per criterion: the coverage and the features it was computed from
        return new GraderOutput(verdicts, OfflineFeedback.of(input.rubric(), verdicts), flags,
                Math.round(confidence * 100) / 100.0, embedder.name(), settings, Map.of(),
                GraderOutput.Usage.NONE);
    }

    /** A criterion's coverage: nothing without a sentence that counts (a bare list of terms earns nothing). */
    double coverage(Match m) {
        return m.best < 0 ? 0 : model.coverage(m.features());
    }

    /** The answer measured against every criterion of the rubric, in the rubric's order (also what training reads). */
    Analysis analyse(GradingInput input) {
        String answer = input.answer() == null ? "" : input.answer();
        AnalysedAnswer a = AnalysedAnswer.of(answer, input.questionText());
        List<Criterion> criteria = input.rubric().criteria();
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
        Set<String> referenceStems = new HashSet<>(Words.contentStems(reference));
        referenceStems.removeAll(questionStems);
        Set<String> answerStems = new HashSet<>(a.countedStems());
        answerStems.removeAll(questionStems);
        boolean oneCriterion = criteria.stream().filter(c -> c.kind() == CriterionKind.REQUIRED).count() == 1;
        Shared shared = new Shared(answerSim, questionStems, referenceStems, answerStems, countedShare(a), oneCriterion);
        List<Match> matches = new ArrayList<>();
        double bestRaw = answerSim;
        for (Criterion c : criteria) {
            Match m = match(c, a, answerVectors, questionSim, shared);
            matches.add(m);
            if (c.kind() != CriterionKind.PENALTY) {
                bestRaw = Math.max(bestRaw, m.rawBest);
            }
        }
        return new Analysis(a, matches, bestRaw, !criteria.isEmpty());
    }

    /** How well the answer expresses one criterion: its closest counted sentence, and the word-level features. */
    private Match match(Criterion c, AnalysedAnswer a, List<float[]> vectors, double[] questionSim, Shared shared) {
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
        criterionStems.removeAll(shared.questionStems());
        double recall = criterionStems.isEmpty() ? bestSim : share(criterionStems, a.countedStems());
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
        Set<String> keyStems = new HashSet<>(shared.referenceStems());
        keyStems.addAll(criterionStems);
        double referenceRecall = shared.referenceStems().isEmpty() ? recall
                : share(shared.referenceStems(), a.countedStems());
        double precision = shared.answerStems().isEmpty() ? 0 : share(shared.answerStems(), keyStems);
        double length = shared.referenceStems().isEmpty() ? 1
                : Math.min(3, (double) shared.answerStems().size() / shared.referenceStems().size());
        CoverageFeatures features = new CoverageFeatures(bestSim, recall, shared.answerSim(), referenceRecall,
                precision, length, shared.countedShare(), shared.oneCriterion());
        return new Match(best, bestSim, rawBest, features, covered, missing);
    }

    private static double share(Set<String> of, Set<String> in) {
        return (double) of.stream().filter(in::contains).count() / of.size();
    }

    private static double countedShare(AnalysedAnswer a) {
        if (a.sentences().isEmpty()) {
            return 0;
        }
        int counted = 0;
        for (int i = 0; i < a.sentences().size(); i++) {
            counted += a.counts(i) ? 1 : 0;
        }
        return (double) counted / a.sentences().size();
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

    /** One criterion measured in one answer: its closest counted sentence (-1 if none) and the model's inputs. */
    record Match(int best, double sentenceSim, double rawBest, CoverageFeatures features, List<String> covered,
            List<String> missing) {
    }

    /** What the answer as a whole shares with every criterion's match. */
    private record Shared(double answerSim, Set<String> questionStems, Set<String> referenceStems,
            Set<String> answerStems, double countedShare, boolean oneCriterion) {
    }

    /** An answer measured against a rubric: its matches in the rubric's order, and its best raw similarity. */
    record Analysis(AnalysedAnswer answer, List<Match> matches, double bestRaw, boolean hasCriteria) {

        boolean offTopic(double threshold) {
            return hasCriteria && bestRaw < threshold;
        }
    }
}
