package dev.quire.bench;

import java.util.Locale;

/**
 * A deterministic stand-in for the ONNX embedder, fast enough to embed a million chunks: each
 * lower-cased word is hashed to one of {@link #DIMENSION} buckets with a sign from a second hash
 * (feature hashing), and the sum is L2-normalised. Texts sharing words get close vectors, so the
 * HNSW graph has neighbourhoods to find, but it is no language model: the scale benchmark uses it
 * because it measures search and storage cost, not quality.
 */
final class HashEmbedder {
    static final int DIMENSION = 384;
    static final String NAME = "hash-384 (feature hashing of lower-cased words into 384 signed buckets, "
            + "L2-normalised; not a language model)";

    float[] embed(String text) {
        float[] v = new float[DIMENSION];
        String lower = text.toLowerCase(Locale.ROOT);
        int start = -1;
        for (int i = 0; i <= lower.length(); i++) {
            boolean letter = i < lower.length() && Character.isLetterOrDigit(lower.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                add(v, lower, start, i);
                start = -1;
            }
        }
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        if (norm == 0) {
            v[0] = 1; // a text without words still needs a valid unit vector
            return v;
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < v.length; i++) {
            v[i] *= scale;
        }
        return v;
    }

    private static void add(float[] v, String text, int from, int to) {
        int h = 0x811c9dc5;
        for (int i = from; i < to; i++) {
            h = (h ^ text.charAt(i)) * 0x01000193; // FNV-1a
        }
        int mixed = h ^ (h >>> 16) * 0x45d9f3b; // a second, differently mixed hash gives the sign
        v[Math.floorMod(h, DIMENSION)] += (mixed & 0x100) == 0 ? 1 : -1;
    }
}
