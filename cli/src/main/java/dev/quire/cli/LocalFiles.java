package dev.quire.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files named on the command line, folders walked recursively, each with the key it has in the
 * server's directory: its path relative to the named argument's parent ({@code docs/a/b.pdf} for the
 * argument {@code docs}), with {@code /} separators. Hidden files and folders (names starting with a
 * dot) are skipped, as are symbolic links to folders.
 */
final class LocalFiles {
    record LocalFile(Path path, String key, long size) {
        /** SHA-256 of the content: what tells an unchanged file from a changed one of the same size. */
        String sha256() {
            try (InputStream in = Files.newInputStream(path)) {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                byte[] buffer = new byte[64 * 1024];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
                return HexFormat.of().formatHex(digest.digest());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + path, e);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private LocalFiles() {}

    static List<LocalFile> collect(List<Path> arguments) {
        Map<String, LocalFile> byKey = new TreeMap<>();
        for (Path argument : arguments) {
            Path absolute = argument.toAbsolutePath().normalize();
            if (!Files.exists(absolute)) {
                throw new CliFailure(ExitCodes.USAGE, "no such file or folder: " + argument);
            }
            Path base = absolute.getParent() == null ? absolute : absolute.getParent();
            for (Path file : walk(absolute)) {
                String key = base.relativize(file).toString().replace('\\', '/');
                try {
                    LocalFile local = new LocalFile(file, key, Files.size(file));
                    LocalFile previous = byKey.put(key, local);
                    if (previous != null && !previous.path().equals(file)) {
                        throw new CliFailure(ExitCodes.USAGE, "two files would have the same name on the server: "
                                + previous.path() + " and " + file);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read " + file, e);
                }
            }
        }
        return List.copyOf(byKey.values());
    }

    private static List<Path> walk(Path root) {
        if (Files.isRegularFile(root)) {
            return List.of(root);
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> paths = Files.walk(root)) {
            paths.filter(Files::isRegularFile)
                    .filter(p -> root.relativize(p).toString().isEmpty() || !hidden(root.relativize(p)))
                    .forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        return files;
    }

    private static boolean hidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
