package dev.quire.ingest;

/**
 * Counts the tokens a text costs the embedding model, without special tokens ([CLS], [SEP]).
 * Must be deterministic and cheap: the chunker calls it once per sentence.
 */
@FunctionalInterface
public interface TokenCounter {
    int count(String text);
}
