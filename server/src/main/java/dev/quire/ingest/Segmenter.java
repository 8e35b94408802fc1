package dev.quire.ingest;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a document into sentence-sized pieces the {@link Chunker} packs: paragraphs (blank-line
 * separated) into sentences, and a sentence too long for one chunk into halves at the space
 * nearest its middle, recursively. Pieces never include surrounding whitespace and never cross
 * a page break, and each remembers how strong the break before it is.
 */
final class Segmenter {
    /** Strength of the break before a piece: the chunker prefers to cut at the strongest. */
    static final int WORD = 0;
    static final int SENTENCE = 1;
    static final int PARAGRAPH = 2;
    static final int PAGE = 3;

    record Piece(int start, int end, int tokens, int breakBefore) {
    }

    private final TokenCounter counter;
    private final int maxTokens;

    Segmenter(TokenCounter counter, int maxTokens) {
        this.counter = counter;
        this.maxTokens = maxTokens;
    }

    List<Piece> pieces(ParsedDocument document) {
        List<Piece> pieces = new ArrayList<>();
        String text = document.text();
        for (Page page : document.pages()) {
            int breakBefore = PAGE;
            int paragraphStart = page.startChar();
            while (paragraphStart < page.endChar()) {
                int blank = text.indexOf("\n\n", paragraphStart);
                int paragraphEnd = blank < 0 || blank >= page.endChar() ? page.endChar() : blank;
                int before = pieces.size();
                sentences(text, paragraphStart, paragraphEnd, breakBefore, pieces);
                if (pieces.size() > before) {
                    breakBefore = PARAGRAPH;
                }
                paragraphStart = paragraphEnd + 2;
            }
        }
        return pieces;
    }

    private void sentences(String text, int start, int end, int breakBefore, List<Piece> out) {
        if (text.startsWith("|", start)) {
            tableRows(text, start, end, breakBefore, out);
            return;
        }
        BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
        sentences.setText(text.substring(start, end));
        int strength = breakBefore;
        for (int from = sentences.first(), to = sentences.next(); to != BreakIterator.DONE;
             from = to, to = sentences.next()) {
            int before = out.size();
            split(text, start + from, start + to, strength, out);
            if (out.size() > before) {
                strength = SENTENCE;
            }
        }
    }

    /**
     * A Markdown table is cut between rows, never inside one (a sentence break inside a cell would
     * otherwise be a cut point): each row is a piece, split further only if it alone overflows a chunk.
     */
    private void tableRows(String text, int start, int end, int breakBefore, List<Piece> out) {
        int strength = breakBefore;
        int rowStart = start;
        while (rowStart < end) {
            int newline = text.indexOf('\n', rowStart);
            int rowEnd = newline < 0 || newline >= end ? end : newline;
            int before = out.size();
            split(text, rowStart, rowEnd, strength, out);
            if (out.size() > before) {
                strength = SENTENCE;
            }
            rowStart = rowEnd + 1;
        }
    }

    /** Adds [start, end) trimmed, as one piece if it fits in a chunk, else as halves. */
    private void split(String text, int start, int end, int breakBefore, List<Piece> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return;
        }
        int tokens = counter.count(text.substring(start, end));
        if (tokens <= maxTokens || end - start == 1) {
            out.add(new Piece(start, end, tokens, breakBefore));
            return;
        }
        int middle = splitPoint(text, start, end);
        int before = out.size();
        split(text, start, middle, breakBefore, out);
        split(text, middle, end, out.size() > before ? WORD : breakBefore, out);
    }

    /** The whitespace nearest the middle, or the middle itself when there is none (one huge "word"). */
    private static int splitPoint(String text, int start, int end) {
        int middle = (start + end) >>> 1;
        for (int d = 0; middle - d > start || middle + d < end; d++) {
            if (middle + d < end && Character.isWhitespace(text.charAt(middle + d))) {
                return middle + d;
            }
            if (middle - d > start && Character.isWhitespace(text.charAt(middle - d))) {
                return middle - d;
            }
        }
        return Character.isLowSurrogate(text.charAt(middle)) ? middle + 1 : middle;
    }
}
