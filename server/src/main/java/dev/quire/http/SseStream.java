package dev.quire.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.quire.common.Json;
import io.javalin.http.Context;
import jakarta.servlet.ServletOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * A Server-Sent Events response (contract §11.1): headers flushed at once, then one
 * {@code event:}/{@code data:} pair per event with single-line JSON, and {@code : ping} comments.
 */
public final class SseStream {
    private final ServletOutputStream out;

    private SseStream(ServletOutputStream out) {
        this.out = out;
    }

    /** Sends the 200 and the headers now, before any work, so client header time-outs never fire. */
    public static SseStream open(Context ctx) throws IOException {
        ctx.status(200);
        ctx.res().setContentType("text/event-stream; charset=utf-8");
        ctx.res().setHeader("Cache-Control", "no-cache");
        ctx.res().setHeader("X-Accel-Buffering", "no");
        ServletOutputStream out = ctx.res().getOutputStream();
        ctx.res().flushBuffer();
        return new SseStream(out);
    }

    /** Writes one event; {@code name} is delta or message. Throws when the client has gone. */
    public void send(String name, JsonNode data) throws IOException {
        write("event: " + name + "\ndata: " + Json.write(data) + "\n\n");
    }

    public void comment(String text) throws IOException {
        write(": " + text + "\n\n");
    }

    /** Completes the response: the last chunk goes out now. */
    public void close() throws IOException {
        out.close();
    }

    private void write(String frame) throws IOException {
        out.write(frame.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
