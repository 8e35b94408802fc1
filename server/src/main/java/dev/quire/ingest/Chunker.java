package dev.quire.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Token-aware chunks with overlap, cut preferably at paragraph, then sentence boundaries.
 *
 * <pre>{@code
 * Chunker chunker = new Chunker(BertTokenCounter.load(), ChunkerOptions.DEFAULT);
 * for (Chunk chunk : chunker.chunk(parsedDocument)) { ... chunk.content() ... }
 * }</pre>
 *
 * <p>Pure and deterministic: tokens are counted once per sentence (a sentence's tokens are
 * whitespace-delimited, so a chunk's count is the sum of its sentences'), never by the model.
 */
public final class Chunker {
    /** Cut at a stronger earlier boundary only if the chunk keeps at least this share of the target. */
    private static final double MIN_FILL_FOR_EARLY_CUT = 0.6;

    private final TokenCounter counter;
    private final ChunkerOptions options;

    public Chunker(TokenCounter counter, ChunkerOptions options) {
        this.counter = counter;
        this.options = options;
    }

    public List<Chunk> chunk(ParsedDocument document) {
        List<Segmenter.Piece> pieces = new Segmenter(counter, options.targetTokens()).pieces(document);
        List<Chunk> chunks = new ArrayList<>();
        int first = 0;
        int firstNew = 0;
        while (firstNew < pieces.size()) {
            first = dropOverlapThatDoesNotFit(pieces, first, firstNew);
            int last = lastPieceOf(pieces, first, firstNew);
            chunks.add(toChunk(document, pieces, first, last, chunks.size()));
            firstNew = last + 1;
            first = overlapStart(pieces, first, last);
        }
        return List.copyOf(chunks);
    }

    /** Greedy fill, then step back to a stronger break (paragraph over sentence) if one is near. */
    private int lastPieceOf(List<Segmenter.Piece> pieces, int first, int firstNew) {
        int tokens = tokens(pieces, first, firstNew);
        int last = firstNew;
        while (last + 1 < pieces.size() && fits(pieces.get(last + 1), tokens)) {
            last++;
            tokens += pieces.get(last).tokens();
        }
        if (last + 1 >= pieces.size()) {
            return last;
        }
        // Cutting before piece k has the strength of k's break; the greedy cut is before last + 1.
        int cut = last + 1;
        int cutStrength = pieces.get(cut).breakBefore();
        double minFill = MIN_FILL_FOR_EARLY_CUT * options.targetTokens();
        for (int k = last; k > firstNew; k--) {
            tokens -= pieces.get(k).tokens();
            if (tokens < minFill) {
                break;
            }
            if (pieces.get(k).breakBefore() > cutStrength) {
                cut = k;
                cutStrength = pieces.get(k).breakBefore();
            }
        }
        return cut - 1;
    }

    private boolean fits(Segmenter.Piece next, int tokens) {
        if (options.breakAtPages() && next.breakBefore() == Segmenter.PAGE) {
            return false;
        }
        return tokens + next.tokens() <= options.targetTokens();
    }

    /**
     * Where the next chunk starts: the trailing pieces of the one just made, up to the overlap
     * budget, never all of it, and within one page when chunks must not span pages.
     */
    private int overlapStart(List<Segmenter.Piece> pieces, int chunkFirst, int last) {
        if (last + 1 >= pieces.size()) {
            return last + 1;
        }
        if (options.breakAtPages() && pieces.get(last + 1).breakBefore() == Segmenter.PAGE) {
            return last + 1;
        }
        int start = last + 1;
        int tokens = 0;
        while (start - 1 > chunkFirst && tokens + pieces.get(start - 1).tokens() <= options.overlapTokens()) {
            start--;
            tokens += pieces.get(start).tokens();
            if (options.breakAtPages() && pieces.get(start).breakBefore() == Segmenter.PAGE) {
                break;
            }
        }
        return start;
    }

    /** Overlap never pushes out new content: the next chunk always gets at least one new piece. */
    private int dropOverlapThatDoesNotFit(List<Segmenter.Piece> pieces, int first, int firstNew) {
        int tokens = tokens(pieces, first, firstNew);
        while (first < firstNew && tokens > options.targetTokens()) {
            tokens -= pieces.get(first).tokens();
            first++;
        }
        return first;
    }

    private Chunk toChunk(ParsedDocument document, List<Segmenter.Piece> pieces, int first, int last, int index) {
        int start = pieces.get(first).start();
        int end = pieces.get(last).end();
        String content = document.text().substring(start, end);
        return new Chunk(index, start, end, tokens(pieces, first, last),
                document.pageAt(start).number(), document.pageAt(end - 1).number(), content);
    }

    private static int tokens(List<Segmenter.Piece> pieces, int from, int toInclusive) {
        int sum = 0;
        for (int i = from; i <= toInclusive; i++) {
            sum += pieces.get(i).tokens();
        }
        return sum;
    }
}
