package dev.quire.ingest;

import dev.quire.ingest.layout.Box;
import dev.quire.ingest.layout.Line;
import dev.quire.ingest.layout.Word;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * OCR with the Tesseract command-line program: an image in, lines of words with their boxes out
 * (its TSV output), in PDF points at the given resolution.
 *
 * <pre>{@code
 * Tesseract ocr = Tesseract.onPath();
 * List<Line> lines = ocr.lines(pngFile, 300, List.of("eng"));
 * }</pre>
 *
 * <p>Calling the program rather than a JNI binding keeps a crash in native code out of the JVM and
 * lets the time limit kill it. Without the program every OCR call fails with {@link #MISSING},
 * which says how to install it.
 */
public final class Tesseract {
    public static final String MISSING = "OCR needed but Tesseract is not installed: install it "
            + "(Debian/Ubuntu: apt-get install tesseract-ocr tesseract-ocr-eng; other languages: "
            + "tesseract-ocr-<lang>) or set QUIRE_TESSERACT to the tesseract program";

    private final Optional<Path> program;
    private volatile Set<String> languages;

    public Tesseract(Optional<Path> program) {
        this.program = program;
    }

    /** The {@code tesseract} found on the PATH (or /usr/bin), if any. */
    public static Tesseract onPath() {
        List<String> dirs = new ArrayList<>(List.of(System.getenv().getOrDefault("PATH", "").split(":")));
        dirs.add("/usr/bin");
        dirs.add("/usr/local/bin");
        return new Tesseract(dirs.stream().filter(d -> !d.isBlank()).map(d -> Path.of(d, "tesseract"))
                .filter(Files::isExecutable).findFirst());
    }

    public boolean available() {
        return program.isPresent();
    }

    /** Installed language packs (eng, fra, ...), or a ParseException saying how to install the program. */
    public Set<String> languages() {
        if (languages == null) {
            String out = run(List.of(program().toString(), "--list-langs"), 30);
            languages = out.lines().skip(1).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
        }
        return languages;
    }

    /** The lines Tesseract reads in {@code image} (a file it can open), boxes scaled from {@code dpi} to points. */
    public List<Line> lines(Path image, double dpi, List<String> langs) {
        for (String lang : langs) {
            if (!languages().contains(lang)) {
                throw new ParseException("OCR language '" + lang + "' is not installed (installed: "
                        + String.join(", ", languages()) + "); Debian/Ubuntu: apt-get install tesseract-ocr-" + lang);
            }
        }
        String tsv = run(List.of(program().toString(), image.toString(), "stdout", "-l", String.join("+", langs),
                "--dpi", Integer.toString((int) Math.round(dpi)), "--psm", "3", "tsv"), 300);
        return parseTsv(tsv, 72.0 / dpi);
    }

    /**
     * Rows: level page block par line word left top width height conf text; level 5 are words. A line's
     * font size is its tallest word (ascender to descender, ~0.95 em), not the line box, which a slightly
     * rotated scan makes taller the longer the line is.
     */
    static List<Line> parseTsv(String tsv, double scale) {
        Map<String, List<Box>> boxes = new LinkedHashMap<>();
        Map<String, List<String>> texts = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals("5") || f[11].isBlank()) {
                continue;
            }
            String key = f[2] + "/" + f[3] + "/" + f[4];
            boxes.computeIfAbsent(key, k -> new ArrayList<>()).add(new Box(Double.parseDouble(f[6]) * scale,
                    Double.parseDouble(f[7]) * scale, Double.parseDouble(f[8]) * scale, Double.parseDouble(f[9]) * scale));
            texts.computeIfAbsent(key, k -> new ArrayList<>()).add(f[11].strip());
        }
        List<Line> lines = new ArrayList<>();
        for (String key : boxes.keySet()) {
            List<Box> b = boxes.get(key);
            double size = b.stream().mapToDouble(Box::h).max().orElse(0) / 0.95;
            List<Word> words = new ArrayList<>();
            for (int i = 0; i < b.size(); i++) {
                words.add(new Word(texts.get(key).get(i), b.get(i), size, false));
            }
            lines.add(new Line(words));
        }
        return lines;
    }

    private Path program() {
        return program.orElseThrow(() -> new ParseException(MISSING));
    }

    private static String run(List<String> command, int timeoutSeconds) {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new ParseException(MISSING, e);
        }
        try {
            // Both pipes drained on their own threads: a full pipe would block the program, and this
            // thread must stay free to notice an interrupt (a cancelled or timed-out parse) and kill it.
            Drain out = Drain.start(process.getInputStream());
            Drain err = Drain.start(process.getErrorStream());
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                throw new ParseException("OCR timed out after " + timeoutSeconds + " s");
            }
            if (process.exitValue() != 0) {
                String reason = err.text().strip();
                throw new ParseException("OCR failed: " + (reason.isEmpty() ? "exit code " + process.exitValue()
                        : reason.lines().reduce((a, b) -> b).orElse(reason)));
            }
            return out.text();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ParseException("parse interrupted", e);
        } finally {
            process.destroyForcibly();
        }
    }

    /** Reads a stream to its end on a daemon thread. */
    private static final class Drain {
        private final Thread thread;
        private volatile String text = "";

        private Drain(InputStream in) {
            this.thread = new Thread(() -> {
                try (in) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException ignored) {
                    // The exit code tells the failure.
                }
            }, "quire-tesseract-pipe");
            thread.setDaemon(true);
        }

        static Drain start(InputStream in) {
            Drain drain = new Drain(in);
            drain.thread.start();
            return drain;
        }

        String text() throws InterruptedException {
            thread.join(10_000);
            return text;
        }
    }
}
