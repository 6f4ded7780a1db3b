package dev.viva.grading.offline;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * How well an answer covers a criterion, 0..1: a linear model over {@link CoverageFeatures} with the verdict
 * thresholds that go with it, read from a versioned JSON file. The default ({@code coverage-model.json}) is the
 * hand-tuned mix of three features; {@code coverage-model-v2.json} is a ridge regression trained across the
 * questions of the human-graded development files (never per question) by {@code CoverageModelTraining}, with
 * what it was trained on.
 *
 * @param version          recorded in every offline result's provenance
 * @param features         the feature names, which must be {@link CoverageFeatures#NAMES}
 * @param mean             per feature, subtracted before weighting
 * @param scale            per feature, divided by after the mean
 * @param metThreshold     coverage from which a criterion is met
 * @param partialThreshold coverage from which a criterion is partially met
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CoverageModel(String version, List<String> features, double[] mean, double[] scale, double[] weights,
        double intercept, double metThreshold, double partialThreshold, List<Map<String, Object>> trainedOn) {

    public static final String RESOURCE = "offline-grader/coverage-model.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    public CoverageModel {
        if (!CoverageFeatures.NAMES.equals(features) || mean.length != features.size()
                || scale.length != features.size() || weights.length != features.size()) {
            throw new IllegalArgumentException("The coverage model " + version + " is for features " + features
                    + ", not " + CoverageFeatures.NAMES);
        }
        if (!(partialThreshold > 0 && partialThreshold < metThreshold && metThreshold < 1)) {
            throw new IllegalArgumentException("The coverage model " + version + " needs 0 < partial < met < 1");
        }
        trainedOn = trainedOn == null ? List.of() : List.copyOf(trainedOn);
    }

    private static final java.util.concurrent.ConcurrentMap<String, CoverageModel> LOADED =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** The default model shipped in the jar. */
    public static CoverageModel shipped() {
        return resource(RESOURCE);
    }

    /** A model file on the classpath, read once. */
    public static CoverageModel resource(String name) {
        return LOADED.computeIfAbsent(name, CoverageModel::load);
    }

    public static CoverageModel read(InputStream json) throws IOException {
        return JSON.readValue(json, CoverageModel.class);
    }

    public double coverage(CoverageFeatures f) {
        double[] x = f.vector();
        double y = intercept;
        for (int i = 0; i < x.length; i++) {
            y += weights[i] * (x[i] - mean[i]) / scale[i];
        }
        return Math.max(0, Math.min(1, y));
    }

    public CoverageModel withThresholds(double met, double partial) {
        return new CoverageModel(version, features, mean, scale, weights, intercept, met, partial, trainedOn);
    }

    private static CoverageModel load(String name) {
        try (InputStream in = CoverageModel.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("The offline grader's model " + name + " is not on the classpath");
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("The offline grader's model " + name + " cannot be read", e);
        }
    }
}
