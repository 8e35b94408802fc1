package dev.quire.search;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A vector as little-endian IEEE 754 floats, 4 bytes a dimension: how the backends store a chunk's
 * {@link ChunkDoc#secondVector()}, which is read back with every hit but never searched, so it needs
 * no index structure, only the exact floats in as few bytes as possible.
 */
public final class VectorBytes {
    private VectorBytes() {
    }

    public static byte[] encode(float[] vector) {
        ByteBuffer bytes = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        bytes.asFloatBuffer().put(vector);
        return bytes.array();
    }

    /** The vector in {@code length} bytes of {@code bytes} from {@code offset}. */
    public static float[] decode(byte[] bytes, int offset, int length) {
        if (length == 0 || length % Float.BYTES != 0) {
            throw new IllegalArgumentException("not a stored vector: " + length + " bytes");
        }
        float[] vector = new float[length / Float.BYTES];
        ByteBuffer.wrap(bytes, offset, length).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
        return vector;
    }
}
