package dev.quire.ingest;

/** Small vector maths shared by the embedders. */
final class Vectors {
    private Vectors() {
    }

    /** A unit-length copy, so cosine similarity is a dot product; zero vectors stay zero. */
    static float[] normalize(float[] vector) {
        double sum = 0;
        for (float v : vector) {
            sum += v * v;
        }
        float[] unit = vector.clone();
        if (sum == 0) {
            return unit;
        }
        float scale = (float) (1 / Math.sqrt(sum));
        for (int i = 0; i < unit.length; i++) {
            unit[i] *= scale;
        }
        return unit;
    }
}
