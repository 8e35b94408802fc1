package dev.quire.http;

import dev.quire.errors.ApiException;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A multipart/form-data request body (contract §1.4): plain string parts and file parts. Bodies
 * larger than the upload limit answer 413 before anything is stored; a request that is not
 * multipart reads as a form without parts, so that handlers report the missing fields (422).
 *
 * <pre>{@code
 * MultipartForm form = MultipartForm.read(ctx, maxUploadBytes);
 * Optional<MultipartForm.Upload> file = form.file("file");
 * Optional<String> purpose = form.field("purpose");
 * }</pre>
 */
public final class MultipartForm {
    /** Room for the non-file parts and part headers on top of the file size limit. */
    public static final long OVERHEAD_BYTES = 1_048_576L;
    /** Parts up to this size are parsed in memory; larger ones (files) go to the upload directory. */
    static final int IN_MEMORY_PART_BYTES = 65_536;

    /** A file part: the client's file name (only ever data, never a path here), its size and bytes. */
    public record Upload(String fileName, long size, Supplier<InputStream> content) {}

    static final long DRAIN_BYTES = 32L * 1024 * 1024;

    private final Map<String, List<String>> fields;
    private final Map<String, List<UploadedFile>> files;

    private MultipartForm(Map<String, List<String>> fields, Map<String, List<UploadedFile>> files) {
        this.fields = fields;
        this.files = files;
    }

    public static MultipartForm read(Context ctx, long maxUploadBytes) {
        String type = ctx.contentType();
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            return new MultipartForm(Map.of(), Map.of());
        }
        long length = ctx.contentLength();
        if (length > maxUploadBytes + OVERHEAD_BYTES) {
            drain(ctx);
            throw tooLarge(maxUploadBytes);
        }
        try {
            MultipartForm form = new MultipartForm(ctx.formParamMap(), ctx.uploadedFileMap());
            for (List<UploadedFile> parts : form.files.values()) {
                for (UploadedFile part : parts) {
                    if (part.size() > maxUploadBytes) {
                        throw tooLarge(maxUploadBytes);
                    }
                }
            }
            return form;
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) { // Jetty throws the checked ServletException through Javalin's Kotlin code
            if (exceedsLimit(e, "max file size exceeded", "max length exceeded")) {
                drain(ctx);
                throw tooLarge(maxUploadBytes);
            }
            if (exceedsLimit(e, "Form is larger than max length")) {
                drain(ctx);
                throw new ApiException.PayloadTooLarge("The form fields of an upload exceed the maximum of "
                        + OVERHEAD_BYTES + " bytes");
            }
            throw new ApiException.BadRequest("Malformed multipart body");
        }
    }

    /** A string part; the first one when repeated. */
    public Optional<String> field(String name) {
        List<String> values = fields.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        NulCharacters.requireNoneInField(name, values.get(0));
        return Optional.of(values.get(0));
    }

    /** A file part; the first one when repeated. */
    public Optional<Upload> file(String name) {
        List<UploadedFile> parts = files.getOrDefault(name, List.of());
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        UploadedFile part = parts.get(0);
        String fileName = part.filename() == null || part.filename().isBlank() ? "unknown_file" : part.filename();
        NulCharacters.requireNoneInField(name, fileName);
        return Optional.of(new Upload(fileName, part.size(), part::content));
    }

    /**
     * Feeds every part (names, values, file names and contents) into the digest in a fixed order, so
     * that two sendings of the same form hash alike whatever their boundary.
     */
    void digest(java.security.MessageDigest digest) throws java.io.IOException {
        for (Map.Entry<String, List<String>> field : new java.util.TreeMap<>(fields).entrySet()) {
            for (String value : field.getValue()) {
                update(digest, "field:" + field.getKey());
                update(digest, value);
            }
        }
        for (Map.Entry<String, List<UploadedFile>> file : new java.util.TreeMap<>(files).entrySet()) {
            for (UploadedFile part : file.getValue()) {
                update(digest, "file:" + file.getKey());
                update(digest, String.valueOf(part.filename()));
                update(digest, String.valueOf(part.size()));
                try (InputStream in = part.content()) {
                    byte[] buffer = new byte[65536];
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        digest.update(buffer, 0, n);
                    }
                }
            }
        }
    }

    /** Length-prefixed, so that ("ab", "c") and ("a", "bc") differ. */
    private static void update(java.security.MessageDigest digest, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        digest.update(java.nio.ByteBuffer.allocate(4).putInt(bytes.length).array());
        digest.update(bytes);
    }

    /**
     * Reads and drops what is left of an oversized body, up to {@link #DRAIN_BYTES}, so that a client
     * that sends its whole body before reading (most do) gets the 413 rather than a reset
     * connection. A larger body is cut off: the client sees the connection close.
     */
    private static void drain(Context ctx) {
        long budget = DRAIN_BYTES;
        byte[] buffer = new byte[8192];
        try {
            var in = ctx.req().getInputStream();
            int n;
            while (budget > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, budget))) > 0) {
                budget -= n;
            }
        } catch (java.io.IOException | IllegalStateException e) {
            // Nothing more to read: the 413 goes out all the same.
        }
    }

    /** Jetty says which limit a body broke only in its exception messages. */
    private static boolean exceedsLimit(Throwable e, String... messages) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            for (String m : messages) {
                if (message != null && message.contains(m)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static ApiException tooLarge(long maxUploadBytes) {
        return new ApiException.PayloadTooLarge("Upload exceeds the maximum size of " + maxUploadBytes + " bytes");
    }
}
