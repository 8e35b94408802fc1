package com.llamacloud_prod.api.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The file part of a multipart upload: its content, the filename sent with it and a content type.
 *
 * <pre>{@code
 * MultipartField fromDisk = MultipartField.of(Path.of("report.pdf"));   // filename "report.pdf"
 * MultipartField inMemory = MultipartField.builder()
 *         .value("hello".getBytes(StandardCharsets.UTF_8))
 *         .filename("hello.txt")
 *         .contentType("text/plain")
 *         .build();
 * }</pre>
 *
 * <p>A path is read when the request is sent (again on a retry); an {@link InputStream} is read
 * fully when the field is built, so the upload can be retried and the field stays immutable.
 */
public final class MultipartField {

    private static final String OCTET_STREAM = "application/octet-stream";

    private final Path path;
    private final byte[] bytes;
    private final String filename;
    private final String contentType;

    private MultipartField(Path path, byte[] bytes, String filename, String contentType) {
        this.path = path;
        this.bytes = bytes;
        this.filename = filename;
        this.contentType = contentType;
    }

    /** A file on disk, sent with its own name. */
    public static MultipartField of(Path path) {
        return builder().value(path).build();
    }

    /** In-memory content, sent with the given filename. */
    public static MultipartField of(byte[] bytes, String filename) {
        return builder().value(bytes).filename(filename).build();
    }

    /** A stream, read fully now, sent with the given filename. */
    public static MultipartField of(InputStream stream, String filename) {
        return builder().value(stream).filename(filename).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The file on disk, when the field was built from a path. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /** The content; reads the file when the field was built from a path. */
    public byte[] bytes() {
        if (bytes != null) {
            return bytes.clone();
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** The filename sent in the part's {@code Content-Disposition}. */
    public String filename() {
        return filename;
    }

    public String contentType() {
        return contentType;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MultipartField)) {
            return false;
        }
        MultipartField other = (MultipartField) o;
        return Objects.equals(path, other.path) && Arrays.equals(bytes, other.bytes)
                && filename.equals(other.filename) && contentType.equals(other.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, Arrays.hashCode(bytes), filename, contentType);
    }

    @Override
    public String toString() {
        return "MultipartField{filename=" + filename + ", contentType=" + contentType
                + (path != null ? ", path=" + path : ", bytes=" + bytes.length) + "}";
    }

    /** A builder for {@link MultipartField}; exactly one {@code value} is required. */
    public static final class Builder {
        private Path path;
        private byte[] bytes;
        private InputStream stream;
        private String filename;
        private String contentType;

        private Builder() {}

        public Builder value(Path path) {
            this.path = path;
            return this;
        }

        public Builder value(byte[] bytes) {
            this.bytes = bytes == null ? null : bytes.clone();
            return this;
        }

        public Builder value(InputStream stream) {
            this.stream = stream;
            return this;
        }

        /** Defaults to the path's file name; required for bytes and streams. */
        public Builder filename(String filename) {
            this.filename = filename;
            return this;
        }

        /** Defaults to a guess from the filename, else {@code application/octet-stream}. */
        public Builder contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * @throws IllegalStateException if not exactly one value is set, or a byte or stream value has no filename
         * @throws IllegalArgumentException if the filename is blank or the path is not a regular file
         * @throws UncheckedIOException if the stream cannot be read
         */
        public MultipartField build() {
            int values = (path != null ? 1 : 0) + (bytes != null ? 1 : 0) + (stream != null ? 1 : 0);
            if (values != 1) {
                throw new IllegalStateException("exactly one `value` (Path, byte[] or InputStream) is required, got " + values);
            }
            String name = filename;
            if (path != null) {
                Checks.argument(Files.isRegularFile(path), "path is not a regular file: %s", path);
                if (name == null && path.getFileName() != null) {
                    name = path.getFileName().toString();
                }
            }
            Checks.required("filename", name);
            Checks.argument(!name.isBlank(), "filename must not be blank: '%s'", name);
            byte[] content = bytes;
            if (stream != null) {
                try {
                    content = stream.readAllBytes();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read the upload stream of " + name, e);
                }
            }
            String type = contentType;
            if (type == null) {
                type = Optional.ofNullable(URLConnection.guessContentTypeFromName(name)).orElse(OCTET_STREAM);
            }
            return new MultipartField(path, content, name, type);
        }
    }
}
