package dev.quire.sdkgen;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.quire.sdkgen.ModelPlanner.TopLevel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Generates the SDK's model classes from an OpenAPI document.
 *
 * <pre>
 * java dev.quire.sdkgen.SdkGen openapi.json target/generated-sources/openapi [basePackage] [skip,Names]
 * </pre>
 *
 * Writes one file per top-level schema that has {@code x-sdk-package} and one params class per operation
 * that has {@code x-sdk-params} (multipart ones are still written by hand), under
 * {@code <out>/<basePackage as path>/models/<x-sdk-package as path>/}. The output directory is
 * emptied first, so a schema removed from the document leaves no stale class behind.
 */
public final class SdkGen {
    public static final String DEFAULT_PACKAGE = "com.llamacloud_prod.api";

    private SdkGen() {}

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SdkGen <openapi.json> <output dir> [base package] [comma-separated schemas to skip]");
            System.exit(2);
        }
        String basePackage = args.length > 2 && !args[2].isBlank() ? args[2] : DEFAULT_PACKAGE;
        Set<String> skip = args.length > 3
                ? Arrays.stream(args[3].split(",")).map(String::strip).filter(s -> !s.isEmpty()).collect(Collectors.toSet())
                : Set.of();
        long start = System.nanoTime();
        List<Path> written = generate(Path.of(args[0]), Path.of(args[1]), basePackage, skip);
        System.out.printf("sdk-gen: %d classes from %s into %s in %d ms%n",
                written.size(), args[0], args[1], (System.nanoTime() - start) / 1_000_000);
    }

    /** Writes the models of {@code openApi} under {@code outDir}; returns the files written. */
    public static List<Path> generate(Path openApi, Path outDir, String basePackage, Set<String> skip) throws IOException {
        JsonNode document = new ObjectMapper().readTree(openApi.toFile());
        ModelPlanner planner = new ModelPlanner(document, basePackage + ".models", skip);
        List<TopLevel> files = planner.plan();
        ModelRenderer renderer = new ModelRenderer(basePackage);
        clean(outDir);
        List<Path> written = new java.util.ArrayList<>();
        for (TopLevel file : files) {
            written.add(write(outDir, file.packageName(), file.spec().name(), renderer.render(file)));
        }
        ParamsRenderer params = new ParamsRenderer(renderer);
        for (ParamsPlanner.ParamsSpec spec : new ParamsPlanner(document, planner, basePackage + ".models", skip).plan()) {
            written.add(write(outDir, spec.packageName(), spec.name(), params.render(spec)));
        }
        return written;
    }

    private static Path write(Path outDir, String packageName, String className, String source) throws IOException {
        Path dir = outDir.resolve(packageName.replace('.', '/'));
        Files.createDirectories(dir);
        Path path = dir.resolve(className + ".java");
        Files.writeString(path, source);
        return path;
    }

    private static void clean(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
