package dev.viva.text;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The in-process sentence embedding model (ONNX, shipped in a Maven artifact): loaded once,
 * thread-safe, with a bounded cache for texts that come back again and again (criteria, questions)
 * and a smaller one for the answer sentences of the gradings in progress.
 * Vectors are L2-normalised, so the cosine similarity is a dot product.
 */
public final class SentenceEmbedder {

    public static final String ALL_MINILM_L6_V2 = "all-minilm-l6-v2";
    public static final String DEFAULT_MODEL = "all-minilm-l6-v2-q";
    private static final int CACHE_LIMIT = 20_000;
    private static final int RECENT_LIMIT = 4_096;

    private final EmbeddingModel model;
    private final String name;
    private final Map<String, float[]> cache = new ConcurrentHashMap<>();
    private final Map<String, float[]> recent = new ConcurrentHashMap<>();
    private final boolean cacheEverything;

    public SentenceEmbedder(EmbeddingModel model, String name) {
        this(model, name, false);
    }

    private SentenceEmbedder(EmbeddingModel model, String name, boolean cacheEverything) {
        this.model = model;
        this.name = name;
        this.cacheEverything = cacheEverything;
    }

    /** The same model with every text cached, answers included: for tools that grade a data set many times. */
    public SentenceEmbedder cachingEverything() {
        return new SentenceEmbedder(model, name, true);
    }

    /**
     * The default model for command-line tools (no CDI): all-MiniLM-L6-v2, int8-quantised, 384
     * dimensions; {@code -Dviva.grading.offline.model=all-minilm-l6-v2} picks the float32 original.
     */
    public static SentenceEmbedder allMiniLmL6V2() {
        return load(System.getProperty("viva.grading.offline.model", DEFAULT_MODEL),
                Integer.getInteger("viva.grading.offline.threads-per-inference", 1));
    }

    /** Loads an all-MiniLM-L6-v2 variant shipped by LangChain4j, run with batched inference. */
    public static SentenceEmbedder load(String model, int threadsPerInference) {
        return new SentenceEmbedder(new BatchedOnnxEmbeddingModel(model, threadsPerInference), model);
    }

    public String name() {
        return name;
    }

    /**
     * Embeds texts in one batch call. Answers are seen once, so they are kept only briefly: the few
     * thousand most recent texts, enough for the checks that follow within the same grading (the
     * relevance of quotes, the second opinion) to find the sentences already embedded.
     */
    public List<float[]> embedAll(List<String> texts) {
        return cacheEverything ? embedAllCached(texts) : embedAllRecent(texts);
    }

    private List<float[]> embedAllRecent(List<String> texts) {
        List<float[]> vectors = new ArrayList<>(texts.size());
        List<String> missing = new ArrayList<>();
        for (String t : texts) {
            float[] v = recent.get(t);
            vectors.add(v);
            if (v == null) {
                missing.add(t);
            }
        }
        if (missing.isEmpty()) {
            return vectors;
        }
        List<String> distinct = missing.stream().distinct().toList();
        List<float[]> computed = compute(distinct);
        if (recent.size() + distinct.size() > RECENT_LIMIT) {
            recent.clear();
        }
        Map<String, float[]> byText = new java.util.HashMap<>();
        for (int i = 0; i < distinct.size(); i++) {
            byText.put(distinct.get(i), computed.get(i));
            recent.put(distinct.get(i), computed.get(i));
        }
        for (int i = 0; i < texts.size(); i++) {
            if (vectors.get(i) == null) {
                vectors.set(i, byText.get(texts.get(i)));
            }
        }
        return vectors;
    }

    private List<float[]> compute(List<String> texts) {
        if (texts.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = texts.stream().map(TextSegment::from).toList();
        List<Embedding> embeddings = model.embedAll(segments).content();
        List<float[]> vectors = new ArrayList<>(embeddings.size());
        for (Embedding e : embeddings) {
            vectors.add(normalised(e.vector()));
        }
        return vectors;
    }

    /** Embeds texts that recur (criteria, questions), computing only those not seen before. */
    public List<float[]> embedAllCached(List<String> texts) {
        List<String> missing = texts.stream().distinct().filter(t -> !cache.containsKey(t)).toList();
        if (!missing.isEmpty()) {
            if (!cacheEverything && cache.size() + missing.size() > CACHE_LIMIT) {
                cache.clear();
            }
            List<float[]> computed = compute(missing);
            for (int i = 0; i < missing.size(); i++) {
                cache.put(missing.get(i), computed.get(i));
            }
        }
        List<float[]> vectors = new ArrayList<>(texts.size());
        for (String t : texts) {
            float[] v = cache.get(t);
            vectors.add(v != null ? v : compute(List.of(t)).get(0));
        }
        return vectors;
    }

    public float[] embedCached(String text) {
        return embedAllCached(List.of(text)).get(0);
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
        }
        return dot;
    }

    private static float[] normalised(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        if (norm == 0) {
            return v.clone();
        }
        float[] out = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = (float) (v[i] / norm);
        }
        return out;
    }
}
