package com.llamacloud_prod.api.core;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One field of a {@code multipart/form-data} request: a file ({@link InputStream}, {@code byte[]}
 * or {@link Path}) or a text value ({@code String}; other values are sent as JSON), with an
 * optional filename and a content type.
 *
 * <pre>{@code
 * MultipartField<InputStream> fromDisk = MultipartField.of(Path.of("report.pdf"));   // filename "report.pdf"
 * MultipartField<InputStream> inMemory = MultipartField.<InputStream>builder()
 *         .value(new ByteArrayInputStream(bytes))
 *         .filename("hello.txt")
 *         .contentType("text/plain")
 *         .build();
 * MultipartField<String> text = MultipartField.of("Quarterly report");              // a text part
 * }</pre>
 *
 * <p>A path is read when the request is sent (again on a retry); an {@link InputStream} is read
 * fully when the field is built, so the upload can be retried and the field stays immutable.
 *
 * @param <T> the type of value the field was made for
 */
public final class MultipartField<T> {

    private static final String OCTET_STREAM = "application/octet-stream";
    private static final String TEXT = "text/plain; charset=utf-8";

    private final Path path;
    private final byte[] bytes;
    private final boolean text;
    private final String filename;
    private final String contentType;

    private MultipartField(Path path, byte[] bytes, boolean text, String filename, String contentType) {
        this.path = path;
        this.bytes = bytes;
        this.text = text;
        this.filename = filename;
        this.contentType = contentType;
    }

    /**
     * A field of {@code value}: binary for an {@link InputStream} or {@code byte[]}
     * ({@code application/octet-stream}), else text ({@code text/plain; charset=utf-8}).
     */
    public static <T> MultipartField<T> of(T value) {
        return MultipartField.<T>builder().value(value).build();
    }

    /** A file on disk, sent with its own name. */
    public static MultipartField<InputStream> of(Path path) {
        return MultipartField.<InputStream>builder().path(path).build();
    }

    /** In-memory content, sent with the given filename. */
    public static MultipartField<InputStream> of(byte[] bytes, String filename) {
        return MultipartField.<InputStream>builder().bytes(bytes).filename(filename).build();
    }

    /** A stream, read fully now, sent with the given filename. */
    public static MultipartField<InputStream> of(InputStream stream, String filename) {
        return MultipartField.<InputStream>builder().value(stream).filename(filename).build();
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * The field's value: the text of a text field, the content of a file as an {@link InputStream}
     * (read again on each call), {@link JsonNull} for a field built from {@code null} (an unset
     * optional part, which is not sent).
     */
    @SuppressWarnings("unchecked")
    public JsonField<T> value() {
        if (isNull()) {
            return JsonField.ofNullable(null);
        }
        Object value = text ? new String(bytes, StandardCharsets.UTF_8) : new ByteArrayInputStream(bytes());
        return JsonField.of((T) value);
    }

    /** {@link #value()}, under the name Kotlin callers read as the property {@code value}. */
    public JsonField<T> getValue() {
        return value();
    }

    /** Whether the field was built from {@code null}: an unset part. */
    public boolean isNull() {
        return path == null && bytes == null;
    }

    /** This field with its value converted by {@code mapper}; filename and content type kept. */
    public <R> MultipartField<R> map(Function<? super T, ? extends R> mapper) {
        R mapped = isNull() ? null : mapper.apply(value().asKnown().orElseThrow());
        return MultipartField.<R>builder().value(mapped).filename(filename).contentType(contentType).build();
    }

    /** The file on disk, when the field was built from a path. */
    public Optional<Path> path() {
        return Optional.ofNullable(path);
    }

    /**
     * The content; reads the file when the field was built from a path.
     *
     * @throws IllegalStateException for a field built from {@code null}
     */
    public byte[] bytes() {
        if (isNull()) {
            throw new IllegalStateException("the field has no value");
        }
        if (bytes != null) {
            return bytes.clone();
        }
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }

    /** Whether this is a text value rather than a file. */
    public boolean isText() {
        return text;
    }

    /** The text of a text field. */
    public Optional<String> text() {
        return text ? Optional.of(new String(bytes, StandardCharsets.UTF_8)) : Optional.empty();
    }

    /** The filename sent in the part's {@code Content-Disposition}; none for text and unnamed streams. */
    public Optional<String> filename() {
        return Optional.ofNullable(filename);
    }

    public String contentType() {
        return contentType;
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof MultipartField)) {
            return false;
        }
        MultipartField<?> other = (MultipartField<?>) o;
        return Objects.equals(path, other.path) && Arrays.equals(bytes, other.bytes) && text == other.text
                && Objects.equals(filename, other.filename) && contentType.equals(other.contentType);
    }

    @Override
    public int hashCode() {
        return Objects.hash(path, Arrays.hashCode(bytes), text, filename, contentType);
    }

    @Override
    public String toString() {
        return "MultipartField{filename=" + filename + ", contentType=" + contentType
                + (path != null ? ", path=" + path : bytes != null ? ", bytes=" + bytes.length : ", null") + "}";
    }

    /** A builder for {@link MultipartField}; exactly one value is required. */
    public static final class Builder<T> {
        private Object value;
        private int values;
        private String filename;
        private String contentType;

        private Builder() {}

        /** An {@link InputStream}, {@code byte[]} or {@link Path} for a file; anything else for a text value. */
        public Builder<T> value(T value) {
            return set(value);
        }

        /** A file on disk (its name is the default filename). */
        public Builder<T> path(Path path) {
            return set(path);
        }

        /** In-memory file content. */
        public Builder<T> bytes(byte[] bytes) {
            return set(bytes == null ? null : bytes.clone());
        }

        private Builder<T> set(Object value) {
            this.value = value;
            values++;
            return this;
        }

        /** Defaults to a path's file name; none for other values. */
        public Builder<T> filename(String filename) {
            this.filename = filename;
            return this;
        }

        public Builder<T> filename(Optional<String> filename) {
            return filename(filename.orElse(null));
        }

        /** Defaults to a guess from the filename, else {@code application/octet-stream} for files and {@code text/plain} for text. */
        public Builder<T> contentType(String contentType) {
            this.contentType = contentType;
            return this;
        }

        /**
         * @throws IllegalStateException if not exactly one value is set, or the value is null
         * @throws IllegalArgumentException if the filename is blank or the path is not a regular file
         * @throws UncheckedIOException if the stream cannot be read
         */
        public MultipartField<T> build() {
            if (values > 1) {
                throw new IllegalStateException("exactly one `value` is required, got " + values);
            }
            String name = filename;
            if (value == null) {
                // An unset part (an optional field left empty): kept in the params, not sent.
                return new MultipartField<>(null, null, false, name, contentType != null ? contentType : OCTET_STREAM);
            }
            Checks.argument(name == null || !name.isBlank(), "filename must not be blank: '%s'", name);
            if (value instanceof Path) {
                Path path = (Path) value;
                Checks.argument(Files.isRegularFile(path), "path is not a regular file: %s", path);
                if (name == null && path.getFileName() != null) {
                    name = path.getFileName().toString();
                }
                return new MultipartField<>(path, null, false, name, fileType(name));
            }
            if (value instanceof InputStream || value instanceof byte[]) {
                return new MultipartField<>(null, content(value, name), false, name, fileType(name));
            }
            String text = value instanceof String ? (String) value : ObjectMappers.jsonMapper().valueToTree(value).toString();
            return new MultipartField<>(null, text.getBytes(StandardCharsets.UTF_8), true, name,
                    contentType != null ? contentType : TEXT);
        }

        private String fileType(String name) {
            if (contentType != null) {
                return contentType;
            }
            return Optional.ofNullable(name).map(URLConnection::guessContentTypeFromName).orElse(OCTET_STREAM);
        }

        private static byte[] content(Object value, String name) {
            if (value instanceof byte[]) {
                return ((byte[]) value).clone();
            }
            try {
                return ((InputStream) value).readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the upload stream" + (name == null ? "" : " of " + name), e);
            }
        }
    }
}
