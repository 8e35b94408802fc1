package dev.quire.search.lucene;

import dev.quire.search.ChunkDoc;
import dev.quire.search.StoredChunk;
import java.util.List;

/**
 * What a chunk's title field holds: its file's title line, then the Markdown headings it lies under
 * (its {@code heading_path} metadata). A plain-text file's title line is its first line when that line
 * is short and a blank line follows it, as in "Title\n\nText..." (how BEIR corpora, notes and READMEs
 * without Markdown start). A first line that is a Markdown heading is not repeated: heading_path
 * already holds it for every chunk under it.
 */
final class FileTitle {
    /** Longer first lines are paragraphs, not titles. */
    static final int MAX_CHARS = 200;

    private FileTitle() {}

    /** The title line of the file whose chunks these are, or "" (read from its first chunk). */
    static String of(List<ChunkDoc> docs) {
        for (ChunkDoc d : docs) {
            if (d.chunk().chunkIndex() == 0) {
                return titleLine(d.chunk().content());
            }
        }
        return "";
    }

    static String titleLine(String text) {
        String s = text.stripLeading();
        int end = s.indexOf('\n');
        if (end < 0) {
            return "";
        }
        String line = s.substring(0, end).strip();
        if (line.isEmpty() || line.length() > MAX_CHARS || line.startsWith("#") || line.endsWith(":")) {
            return "";
        }
        int next = s.indexOf('\n', end + 1);
        String following = s.substring(end + 1, next < 0 ? s.length() : next);
        boolean blankFollows = following.isBlank() && next >= 0 && !s.substring(next).isBlank();
        return blankFollows ? line : "";
    }

    /** The title field of one chunk: the file's title and the chunk's heading path. */
    static String field(String fileTitle, StoredChunk chunk) {
        Object headings = chunk.metadata().get("heading_path");
        String path = headings instanceof String h ? h : "";
        if (fileTitle.isEmpty()) {
            return path;
        }
        return path.isEmpty() ? fileTitle : fileTitle + "\n" + path;
    }
}
