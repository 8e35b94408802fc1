package dev.quire.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * An open PDF, spooled to a temp file first so a large upload is read from disk by PDFBox
 * rather than held in memory, with PDFBox's failures turned into {@link ParseException}s.
 */
final class PdfFile implements AutoCloseable {
    private final Path spool;
    private final PDDocument document;

    private PdfFile(Path spool, PDDocument document) {
        this.spool = spool;
        this.document = document;
    }

    static PdfFile open(InputStream in) {
        Path spool = spoolToTempFile(in);
        try {
            if (Files.size(spool) == 0) {
                throw new ParseException("empty file");
            }
            // Temp-file stream cache: decoded streams of huge PDFs must not fill the heap either.
            PDDocument document = Loader.loadPDF(spool.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
            return new PdfFile(spool, document);
        } catch (InvalidPasswordException e) {
            deleteQuietly(spool);
            throw new ParseException("encrypted PDF", e);
        } catch (IOException e) {
            deleteQuietly(spool);
            throw new ParseException("corrupt PDF: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            deleteQuietly(spool);
            throw e;
        }
    }

    PDDocument document() {
        return document;
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(spool);
        }
    }

    private static Path spoolToTempFile(InputStream in) {
        try {
            Path spool = Files.createTempFile("quire-pdf-", ".pdf");
            try {
                Files.copy(in, spool, StandardCopyOption.REPLACE_EXISTING);
                return spool;
            } catch (IOException | RuntimeException e) {
                deleteQuietly(spool);
                throw e;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not spool PDF to a temp file", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // A leftover temp file is harmless; failing the parse for it would not be.
        }
    }
}
