package dev.quire.http;

import dev.quire.common.Json;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors Jetty answers before a request reaches Javalin (414 URI too long, 431 headers too large, 400
 * for an unparseable request or a NUL in the path) in the API's {@code {"detail": ...}} shape instead
 * of Jetty's HTML page. Messages of server errors are not shown: they may name internals.
 */
final class JsonErrorHandler extends ErrorHandler {
    @Override
    protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                    Callback callback) {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json");
        response.write(true, ByteBuffer.wrap(body(code, message)), callback);
    }

    /** Requests Jetty cannot even parse get their response from here, without a Request object. */
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        fields.put(HttpHeader.CONTENT_TYPE, "application/json");
        return ByteBuffer.wrap(body(status, reason));
    }

    static byte[] body(int code, String message) {
        String detail = code >= 500 || message == null || message.isBlank() ? HttpStatus.getMessage(code) : message;
        return Json.writeBytes(Map.of("detail", detail));
    }
}
