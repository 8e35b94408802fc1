package dev.quire.search.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.StoredFieldsFormat;
import org.apache.lucene.codecs.compressing.CompressionMode;
import org.apache.lucene.codecs.compressing.Compressor;
import org.apache.lucene.codecs.compressing.Decompressor;
import org.apache.lucene.codecs.lucene90.compressing.Lucene90CompressingStoredFieldsFormat;
import org.apache.lucene.store.ByteBuffersDataInput;
import org.apache.lucene.store.DataInput;
import org.apache.lucene.store.DataOutput;
import org.apache.lucene.util.ArrayUtil;
import org.apache.lucene.util.BytesRef;

/**
 * The codec Quire writes its indexes with: {@link HighDimensionCodec} (Lucene 9.12's default with larger
 * vectors), except that stored fields are kept uncompressed.
 *
 * <p>Why: a hybrid query reads the stored fields of every candidate of both pipelines (30 to 300 chunks)
 * to fuse them, and Lucene's default compresses blocks of about 80 KB around a shared dictionary, so
 * reading one chunk of 3 KB decompressed the dictionary and most of a block: a fifth of a loaded server's
 * CPU went to it (JFR, {@code bench/run load}). Uncompressed, a chunk read is a copy of its own bytes.
 * The price is disk: 1,637 SciFact chunks took 8.3 MB instead of 7.4 MB (vectors, which compress poorly
 * anyway, are most of an index).
 *
 * <p>Segments written before this codec keep the standard name and format they were written with and
 * open as before; merges rewrite them in this one. Lucene finds the codec by {@link #NAME} through
 * {@code META-INF/services}, so a reader of these indexes needs this class.
 */
public final class QuireCodec extends FilterCodec {
    public static final String NAME = "Quire912";
    /**
     * Chunks of up to 16 KB or 128 documents: an uncompressed chunk is read only where the document is,
     * so its size costs nothing per read, and fewer chunks keep the chunk index small.
     */
    private static final StoredFieldsFormat STORED_FIELDS = new Lucene90CompressingStoredFieldsFormat(
            "QuireStoredFieldsUncompressed", new Uncompressed(), 16 * 1024, 128, 10);

    /** Lucene's service loader instantiates codecs by their public no-argument constructor. */
    public QuireCodec() {
        super(NAME, new HighDimensionCodec());
    }

    @Override
    public StoredFieldsFormat storedFieldsFormat() {
        return STORED_FIELDS;
    }

    /** The bytes as they are. */
    private static final class Uncompressed extends CompressionMode {
        @Override
        public Compressor newCompressor() {
            return new Compressor() {
                @Override
                public void compress(ByteBuffersDataInput in, DataOutput out) throws IOException {
                    out.copyBytes(in, in.length());
                }

                @Override
                public void close() {
                    // nothing held
                }
            };
        }

        @Override
        public Decompressor newDecompressor() {
            return new Copy();
        }

        @Override
        public String toString() {
            return "Uncompressed";
        }
    }

    private static final class Copy extends Decompressor {
        @Override
        public void decompress(DataInput in, int originalLength, int offset, int length, BytesRef bytes)
                throws IOException {
            bytes.bytes = ArrayUtil.growNoCopy(bytes.bytes, length);
            in.skipBytes(offset);
            in.readBytes(bytes.bytes, 0, length);
            bytes.offset = 0;
            bytes.length = length;
            // Leaves the input after the block, where a reader of consecutive blocks expects it.
            in.skipBytes(originalLength - offset - length);
        }

        @Override
        public Decompressor clone() {
            return new Copy();
        }
    }
}
