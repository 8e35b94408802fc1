package dev.quire.ingest;

import java.io.InputStream;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs another parser on a worker thread and gives up after {@link ParseLimits#timeout()},
 * interrupting the worker. PDFBox and Tika do not all honour interrupts, so the parsers check
 * for them between pages and SAX events; a parser stuck inside a library call still holds its
 * worker until it returns, which is why the executor should be a small, bounded pool.
 */
public final class TimeLimitedParser implements Parser {
    private final Parser delegate;
    private final ExecutorService workers;

    public TimeLimitedParser(Parser delegate, ExecutorService workers) {
        this.delegate = delegate;
        this.workers = workers;
    }

    @Override
    public ParsedDocument parse(String fileName, String mediaTypeOrNull, InputStream in, ParseLimits limits) {
        Future<ParsedDocument> result = workers.submit(() -> delegate.parse(fileName, mediaTypeOrNull, in, limits));
        try {
            return result.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            result.cancel(true);
            throw new ParseException("parse timed out after " + limits.timeout().toSeconds() + " s", e);
        } catch (InterruptedException e) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new ParseException("parse interrupted", e);
        } catch (CancellationException e) {
            throw new ParseException("parse cancelled", e);
        } catch (ExecutionException e) {
            throw unwrap(e.getCause());
        }
    }

    private static RuntimeException unwrap(Throwable cause) {
        if (cause instanceof ParseException parseException) {
            return parseException;
        }
        if (cause instanceof OutOfMemoryError) {
            return new ParseException("file too large to parse", cause);
        }
        // Library bugs on malformed input (NPEs, class cast, stack overflow) mean a broken file.
        return new ParseException("could not parse file: " + cause, cause);
    }
}
