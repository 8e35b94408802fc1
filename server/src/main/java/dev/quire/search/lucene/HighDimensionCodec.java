package dev.quire.search.lucene;

import java.io.IOException;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.KnnVectorsReader;
import org.apache.lucene.codecs.KnnVectorsWriter;
import org.apache.lucene.codecs.lucene912.Lucene912Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswVectorsFormat;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;

/**
 * Lucene's default codec, but accepting vectors of up to {@value #MAX_DIMENSIONS} dimensions
 * instead of 1024, for remote models such as text-embedding-3-small (1536).
 * Its on-disk format is the standard one under its standard name: segments written with it (before
 * {@link QuireCodec}) open in any Lucene 9.12 reader. {@link QuireCodec} builds on it.
 */
final class HighDimensionCodec extends Lucene912Codec {
    static final int MAX_DIMENSIONS = dev.quire.search.ChunkChecks.MAX_DIMENSIONS;

    private final KnnVectorsFormat vectors = new HighDimensionFormat(new Lucene99HnswVectorsFormat());

    @Override
    public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
        return vectors;
    }

    private static final class HighDimensionFormat extends KnnVectorsFormat {
        private final KnnVectorsFormat delegate;

        HighDimensionFormat(KnnVectorsFormat delegate) {
            super(delegate.getName());
            this.delegate = delegate;
        }

        @Override
        public KnnVectorsWriter fieldsWriter(SegmentWriteState state) throws IOException {
            return delegate.fieldsWriter(state);
        }

        @Override
        public KnnVectorsReader fieldsReader(SegmentReadState state) throws IOException {
            return delegate.fieldsReader(state);
        }

        @Override
        public int getMaxDimensions(String fieldName) {
            return MAX_DIMENSIONS;
        }
    }
}
