package dev.quire.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The repository's files as of one fixed commit, for the corpora the bench builds from the project's own
 * Markdown and Javadoc ({@link MarkdownSections}, {@link CodeQuestions}). Built from the work tree, those
 * corpora changed with every README edit, and the markdown sections moved the default's margin over
 * vector search by more than the 0.005 the target allows between two runs of the same code; built from a
 * fixed commit they are the same collection in every run, like the BEIR sets.
 *
 * <p>{@code QUIRE_BENCH_CORPUS_REVISION} names another commit ({@code HEAD}, a tag, a hash), or
 * {@code worktree} for the files as they are now. A clone that lacks the commit (shallow) falls back to
 * the work tree and says so.
 */
final class PinnedTree {
    /** The commit whose Markdown and Javadoc the corpora are built from (2026-12-07). */
    static final String REVISION = "5484be0c3c9deb06df9c5d6f35087619ac1955a9";

    private PinnedTree() {}

    /** A directory holding the repository at the configured revision (extracted under a temporary directory), or the work tree. */
    static Path at(Path repo) throws IOException, InterruptedException {
        String revision = System.getenv().getOrDefault("QUIRE_BENCH_CORPUS_REVISION", REVISION);
        if (revision.equals("worktree")) {
            System.out.println("corpora from the repository: the work tree (QUIRE_BENCH_CORPUS_REVISION=worktree)");
            return repo;
        }
        Path into = Files.createTempDirectory("quire-bench-tree");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(into)));
        Path tar = into.resolve("tree.tar");
        if (run(repo, List.of("git", "archive", "--format=tar", "-o", tar.toString(), revision))
                && run(into, List.of("tar", "-xf", tar.toString()))) {
            Files.delete(tar);
            System.out.printf("corpora from the repository at commit %s%n", revision);
            return into;
        }
        System.out.printf("corpora from the repository: the work tree (commit %s is not in this clone): figures are "
                + "comparable only with runs on the same files%n", revision);
        return repo;
    }

    private static void delete(Path tree) {
        try (java.util.stream.Stream<Path> walk = Files.walk(tree)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            System.err.println("could not delete " + tree + ": " + e);
        }
    }

    private static boolean run(Path dir, List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        return p.waitFor() == 0;
    }
}
