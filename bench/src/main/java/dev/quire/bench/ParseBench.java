package dev.quire.bench;

import dev.quire.ingest.BertTokenCounter;
import dev.quire.ingest.Chunk;
import dev.quire.ingest.Chunker;
import dev.quire.ingest.ChunkerOptions;
import dev.quire.ingest.ParseLimits;
import dev.quire.ingest.ParseOptions;
import dev.quire.ingest.StructuredDocument;
import dev.quire.ingest.StructuredParser;
import dev.quire.ingest.TokenCounter;
import dev.quire.ingest.layout.Item;
import dev.quire.ingest.layout.LayoutPage;
import dev.quire.testing.GeneratedDocs;
import dev.quire.testing.GeneratedDocs.Block;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Parse quality and speed on generated documents whose structure is known: headings, paragraphs,
 * lists and tables rendered into PDFs (text layer), and the same pages rendered to images at 150 and
 * 300 dpi, turned by up to +-1.5 degrees and wrapped in PDFs (OCR). Prints pages/s for text and OCR
 * pages, heading recall, table cell accuracy, OCR character error rate, and citation page accuracy
 * (share of chunks whose page range is one page whose text holds the chunk).
 *
 * <p>Usage: {@code bench/run parse [text-docs] [ocr-docs]} (defaults 20 and 4, three pages each)
 */
public final class ParseBench {
    private static final String[] WORDS = ("account budget market growth region office report quarter revenue "
            + "customer product service supplier contract policy project schedule network storage research "
            + "design quality safety training hiring travel energy water harbour orchard planning review audit "
            + "finance legal summary outlook pricing demand capacity shipping inventory warranty support "
            + "release version feature module testing deploy backup archive invoice payment balance "
            + "committee board member vote annual monthly weekly daily north south east west central").split(" ");

    private ParseBench() {}

    /** A generated document and what it holds. */
    record Doc(List<List<Block>> pages, byte[] pdf) {}

    public static void main(String[] args) {
        int textDocs = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        int ocrDocs = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Random random = new Random(42);
        List<Doc> docs = new ArrayList<>();
        for (int i = 0; i < textDocs; i++) {
            List<List<Block>> pages = List.of(page(random, true), page(random, false), page(random, false));
            docs.add(new Doc(pages, GeneratedDocs.pdf(pages)));
        }
        StructuredParser parser = StructuredParser.standard();
        System.out.printf(Locale.ROOT, "parse benchmark: %d text documents, %d OCR documents, 3 pages each%n", textDocs, ocrDocs);

        parse(parser, docs.get(0).pdf()); // warm-up: class loading, font caches
        long start = System.nanoTime();
        List<StructuredDocument> parsed = new ArrayList<>();
        for (Doc d : docs) {
            parsed.add(parse(parser, d.pdf()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        int pages = docs.size() * 3;
        System.out.printf(Locale.ROOT, "text PDF:  %d pages in %.2f s = %.1f pages/s%n", pages, seconds, pages / seconds);
        System.out.printf(Locale.ROOT, "heading recall (text and level): %.3f%n", headingRecall(docs, parsed));
        System.out.printf(Locale.ROOT, "table cell accuracy:             %.3f%n", tableCells(docs, parsed));
        TokenCounter tokens = BertTokenCounter.load();
        System.out.printf(Locale.ROOT, "citation page accuracy (chunks on one correct page): %.3f with page breaks, "
                        + "%.3f with chunks running over pages (the former default)%n",
                citation(docs, parsed, new Chunker(tokens, ChunkerOptions.DEFAULT)),
                citation(docs, parsed, new Chunker(tokens, new ChunkerOptions(500, 50, false))));

        for (float dpi : new float[] {150, 300}) {
            double errors = 0;
            double chars = 0;
            double ocrSeconds = 0;
            int ocrPages = 0;
            List<Doc> scanned = new ArrayList<>();
            List<StructuredDocument> read = new ArrayList<>();
            for (int i = 0; i < Math.min(ocrDocs, docs.size()); i++) {
                Doc d = docs.get(i);
                double angle = (random.nextDouble() * 3) - 1.5;
                byte[] scan = GeneratedDocs.scan(d.pdf(), dpi, angle);
                long t = System.nanoTime();
                StructuredDocument doc = parse(parser, scan);
                ocrSeconds += (System.nanoTime() - t) / 1e9;
                ocrPages += doc.pages().size();
                for (int p = 0; p < d.pages().size(); p++) {
                    String truth = normalize(groundTruth(d.pages().get(p)));
                    String got = normalize(doc.pages().get(p).text());
                    errors += editDistance(truth, got);
                    chars += truth.length();
                }
                scanned.add(d);
                read.add(doc);
            }
            System.out.printf(Locale.ROOT, "OCR %3.0f dpi: %d pages in %.1f s = %.2f pages/s, CER %.2f%%, heading recall %.3f, "
                            + "table cell accuracy %.3f%n", dpi, ocrPages, ocrSeconds, ocrPages / ocrSeconds,
                    100 * errors / chars, headingRecall(scanned, read), tableCells(scanned, read));
        }
    }

    private static StructuredDocument parse(StructuredParser parser, byte[] pdf) {
        return parser.parse("doc.pdf", null, new ByteArrayInputStream(pdf), ParseOptions.of(ParseLimits.DEFAULT));
    }

    private static List<Block> page(Random random, boolean first) {
        List<Block> blocks = new ArrayList<>();
        if (first) {
            blocks.add(new Block.Heading(1, title(random, 3)));
        }
        blocks.add(new Block.Heading(2, title(random, 2 + random.nextInt(3))));
        blocks.add(new Block.Text(sentence(random, 25 + random.nextInt(30))));
        List<String> bullets = new ArrayList<>();
        for (int i = 0; i < 2 + random.nextInt(3); i++) {
            bullets.add(sentence(random, 3 + random.nextInt(5)));
        }
        blocks.add(new Block.Bullets(bullets));
        int columns = 3 + random.nextInt(2);
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>();
        for (int c = 0; c < columns; c++) {
            header.add(capitalise(WORDS[random.nextInt(WORDS.length)]));
        }
        rows.add(header);
        for (int r = 0; r < 3 + random.nextInt(3); r++) {
            List<String> row = new ArrayList<>();
            row.add(capitalise(WORDS[random.nextInt(WORDS.length)]));
            for (int c = 1; c < columns; c++) {
                row.add(Integer.toString(random.nextInt(100_000)));
            }
            rows.add(row);
        }
        blocks.add(new Block.Table(rows));
        blocks.add(new Block.Heading(3, title(random, 2)));
        blocks.add(new Block.Text(sentence(random, 20 + random.nextInt(20))));
        return blocks;
    }

    private static String title(Random random, int words) {
        StringBuilder t = new StringBuilder();
        for (int i = 0; i < words; i++) {
            t.append(i == 0 ? "" : " ").append(capitalise(WORDS[random.nextInt(WORDS.length)]));
        }
        return t.toString();
    }

    private static String sentence(Random random, int words) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < words; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            s.append(i == 0 ? capitalise(w) : " " + w);
        }
        return s.append('.').toString();
    }

    private static String capitalise(String w) {
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    private static double headingRecall(List<Doc> docs, List<StructuredDocument> parsed) {
        int found = 0;
        int total = 0;
        for (int d = 0; d < docs.size(); d++) {
            for (int p = 0; p < docs.get(d).pages().size(); p++) {
                List<Item> items = parsed.get(d).pages().get(p).items();
                for (Block b : docs.get(d).pages().get(p)) {
                    if (b instanceof Block.Heading h) {
                        total++;
                        boolean hit = items.stream().anyMatch(i -> i instanceof Item.Heading ph
                                && ph.level() == h.level() && normalize(ph.value()).equals(normalize(h.text())));
                        found += hit ? 1 : 0;
                    }
                }
            }
        }
        return (double) found / total;
    }

    /** Cells equal at the same row and column of the page's table; a missed table counts all its cells wrong. */
    private static double tableCells(List<Doc> docs, List<StructuredDocument> parsed) {
        int right = 0;
        int total = 0;
        for (int d = 0; d < docs.size(); d++) {
            for (int p = 0; p < docs.get(d).pages().size(); p++) {
                Item.Table table = (Item.Table) parsed.get(d).pages().get(p).items().stream()
                        .filter(i -> i instanceof Item.Table).findFirst().orElse(null);
                for (Block b : docs.get(d).pages().get(p)) {
                    if (b instanceof Block.Table t) {
                        for (int r = 0; r < t.rows().size(); r++) {
                            for (int c = 0; c < t.rows().get(r).size(); c++) {
                                total++;
                                if (table != null && r < table.rows().size()
                                        && normalize(table.cell(r, c)).equals(normalize(t.rows().get(r).get(c)))) {
                                    right++;
                                }
                            }
                        }
                    }
                }
            }
        }
        return (double) right / total;
    }

    private static double citation(List<Doc> docs, List<StructuredDocument> parsed, Chunker chunker) {
        int right = 0;
        int total = 0;
        for (int d = 0; d < docs.size(); d++) {
            List<Set<String>> pageWords = new ArrayList<>();
            for (List<Block> page : docs.get(d).pages()) {
                pageWords.add(words(groundTruth(page)));
            }
            for (Chunk chunk : chunker.chunk(parsed.get(d).document())) {
                total++;
                if (chunk.pageRangeStart() == chunk.pageRangeEnd()
                        && pageWords.get(chunk.pageRangeStart() - 1).containsAll(words(chunk.content()))) {
                    right++;
                }
            }
        }
        return (double) right / total;
    }

    /** A page's body text in reading order (what OCR should read, headers and footers aside). */
    static String groundTruth(List<Block> page) {
        StringBuilder text = new StringBuilder();
        for (Block b : page) {
            if (b instanceof Block.Heading h) {
                text.append(h.text()).append('\n');
            } else if (b instanceof Block.Text t) {
                text.append(t.text()).append('\n');
            } else if (b instanceof Block.Bullets l) {
                l.items().forEach(i -> text.append(i).append('\n'));
            } else if (b instanceof Block.Table t) {
                t.rows().forEach(r -> text.append(String.join(" ", r)).append('\n'));
            }
        }
        return text.toString();
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    private static String normalize(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
