package dev.quire.ingest;

import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;

/**
 * Exact WordPiece counts from the bert-base-uncased tokenizer (Rust, via langchain4j), the
 * vocabulary bge-small-en-v1.5 uses. Pure tokenisation, no ONNX: tens of microseconds a sentence.
 */
public final class BertTokenCounter implements TokenCounter {
    private final HuggingFaceTokenCountEstimator tokenizer;

    private BertTokenCounter(HuggingFaceTokenCountEstimator tokenizer) {
        this.tokenizer = tokenizer;
    }

    /** Loads the tokenizer shipped in the langchain4j jar (no network). Thread-safe; share one. */
    public static BertTokenCounter load() {
        return new BertTokenCounter(new HuggingFaceTokenCountEstimator());
    }

    @Override
    public int count(String text) {
        return text.isEmpty() ? 0 : tokenizer.estimateTokenCountInText(text);
    }
}
