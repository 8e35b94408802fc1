package dev.quire.http;

import dev.quire.errors.ApiException;
import io.javalin.http.Context;
import jakarta.servlet.http.Part;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

    /**
     * A file part: the client's file name (only ever data, never a path here), its size and bytes.
     * {@code named} is false for a part sent without a file name (LlamaCloud's Java SDK sends
     * {@code InputStream} and {@code byte[]} uploads that way); its name is then {@code unknown_file}.
     */
    public record Upload(String fileName, long size, Supplier<InputStream> content, boolean named) {
        /** The client's file name, else {@code fallback} (e.g. the display name sent beside it). */
        public String fileNameOr(Optional<String> fallback) {
            return named ? fileName : fallback.filter(f -> !f.isBlank()).orElse(fileName);
        }
    }

    static final long DRAIN_BYTES = 32L * 1024 * 1024;
    private static final String DEFAULT_FILE_NAME = "unknown_file";

    /** Parts in the order sent, by name: those with a file name and those without. */
    private final Map<String, List<Part>> files;
    private final Map<String, List<Part>> fields;

    private MultipartForm(Map<String, List<Part>> fields, Map<String, List<Part>> files) {
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
            // The servlet parts, not Javalin's form map: a part without a file name may be a file
            // (SDKs send streams that way), and reading it as a form field would decode its bytes as
            // text and hold it in memory under the form-field limit.
            ctx.uploadedFileMap(); // has Javalin put its multipart settings (limits, spool directory) on the request
            Map<String, List<Part>> fields = new LinkedHashMap<>();
            Map<String, List<Part>> files = new LinkedHashMap<>();
            for (Part part : ctx.req().getParts()) {
                if (part.getSize() > maxUploadBytes) {
                    throw tooLarge(maxUploadBytes);
                }
                (part.getSubmittedFileName() == null ? fields : files)
                        .computeIfAbsent(part.getName(), k -> new ArrayList<>()).add(part);
            }
            return new MultipartForm(fields, files);
        } catch (ApiException e) {
            throw e;
        } catch (Exception e) { // Jetty throws the checked ServletException through Javalin's Kotlin code
            if (exceedsLimit(e, "max file size exceeded", "max length exceeded")) {
                drain(ctx);
                throw tooLarge(maxUploadBytes);
            }
            if (exceedsLimit(e, "Form is larger than max length")) {
                drain(ctx);
                throw tooLarge(maxUploadBytes);
            }
            throw new ApiException.BadRequest("Malformed multipart body");
        }
    }

    /** A string part; the first one when repeated. Text parts are limited to {@link #OVERHEAD_BYTES}. */
    public Optional<String> field(String name) {
        List<Part> values = fields.getOrDefault(name, List.of());
        if (values.isEmpty()) {
            return Optional.empty();
        }
        Part part = values.get(0);
        if (part.getSize() > OVERHEAD_BYTES) {
            throw new ApiException.PayloadTooLarge("The form field " + name + " exceeds the maximum of "
                    + OVERHEAD_BYTES + " bytes");
        }
        String value = text(part);
        NulCharacters.requireNoneInField(name, value);
        return Optional.of(value);
    }

    /**
     * A file part; the first one when repeated. A part of that name sent without a file name counts
     * as the file too: clients that upload from a stream have no name to send.
     */
    public Optional<Upload> file(String name) {
        List<Part> named = files.getOrDefault(name, List.of());
        if (!named.isEmpty()) {
            Part part = named.get(0);
            String fileName = part.getSubmittedFileName().isBlank() ? DEFAULT_FILE_NAME : part.getSubmittedFileName();
            NulCharacters.requireNoneInField(name, fileName);
            return Optional.of(new Upload(fileName, part.getSize(), () -> open(part), true));
        }
        List<Part> unnamed = fields.getOrDefault(name, List.of());
        if (unnamed.isEmpty()) {
            return Optional.empty();
        }
        Part part = unnamed.get(0);
        return Optional.of(new Upload(DEFAULT_FILE_NAME, part.getSize(), () -> open(part), false));
    }

    /**
     * Feeds every part (names, values, file names and contents) into the digest in a fixed order, so
     * that two sendings of the same form hash alike whatever their boundary.
     */
    void digest(java.security.MessageDigest digest) throws java.io.IOException {
        for (Map.Entry<String, List<Part>> field : new java.util.TreeMap<>(fields).entrySet()) {
            for (Part part : field.getValue()) {
                update(digest, "field:" + field.getKey());
                digest.update(java.nio.ByteBuffer.allocate(8).putLong(part.getSize()).array());
                digestContent(digest, part);
            }
        }
        for (Map.Entry<String, List<Part>> file : new java.util.TreeMap<>(files).entrySet()) {
            for (Part part : file.getValue()) {
                update(digest, "file:" + file.getKey());
                update(digest, part.getSubmittedFileName());
                update(digest, String.valueOf(part.getSize()));
                digestContent(digest, part);
            }
        }
    }

    private static void digestContent(java.security.MessageDigest digest, Part part) throws java.io.IOException {
        try (InputStream in = part.getInputStream()) {
            byte[] buffer = new byte[65536];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
    }

    private static String text(Part part) {
        try (InputStream in = part.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(Part part) {
        try {
            return part.getInputStream();
        } catch (java.io.IOException e) {
            throw new UncheckedIOException(e);
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
