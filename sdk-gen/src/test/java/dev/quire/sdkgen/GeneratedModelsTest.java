package dev.quire.sdkgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generates the SDK models of the fixture document, compiles them together with the SDK core's value
 * classes (from ../client's sources) and the scenarios in test resources, then runs each scenario: the
 * generated code must compile against the official API shapes and behave like the official models.
 */
class GeneratedModelsTest {

    private static final Path CLIENT_SOURCES = Path.of("../client/src/main/java/com/llamacloud_prod/api");
    private static final List<String> CORE = List.of("core/JsonField", "core/KnownValue", "core/JsonValue",
            "core/JsonMissing", "core/JsonNull", "core/JsonBoolean", "core/JsonNumber", "core/JsonString",
            "core/JsonArray", "core/JsonObject", "core/JsonFields", "core/Check", "core/ExcludeMissing",
            "core/ObjectMappers", "core/Validatable", "errors/LlamaCloudException", "errors/LlamaCloudInvalidDataException");

    @TempDir
    static Path work;
    static List<Path> generated;
    static ClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws IOException {
        Path out = work.resolve("generated");
        generated = SdkGen.generate(Path.of("src/test/resources/fixture-openapi.json"), out, SdkGen.DEFAULT_PACKAGE, Set.of());
        List<Path> sources = new ArrayList<>(generated);
        CORE.forEach(c -> sources.add(CLIENT_SOURCES.resolve(c + ".java")));
        sources.add(Path.of("src/test/resources/scenarios/FixtureScenarios.java"));
        Path classes = Files.createDirectories(work.resolve("classes"));

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
            boolean ok = javac.getTask(null, files, diagnostics,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
                            "-Xlint:all,-serial,-rawtypes", "--release", "17"),
                    null, files.getJavaFileObjectsFromPaths(sources)).call();
            assertThat(diagnostics.getDiagnostics())
                    .as("javac diagnostics of generated code")
                    .filteredOn(d -> d.getSource() != null && d.getSource().getName().contains("generated"))
                    .isEmpty();
            assertThat(ok).as("compiles: " + diagnostics.getDiagnostics()).isTrue();
        }
        loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, GeneratedModelsTest.class.getClassLoader());
    }

    @Test
    void oneFilePerPackagedSchemaAndNoParamsBodies() {
        assertThat(generated).extracting(p -> work.resolve("generated").relativize(p).toString().replace('\\', '/'))
                .containsExactlyInAnyOrder(
                        "com/llamacloud_prod/api/models/beta/chat/ChatRetrieveResponse.java",
                        "com/llamacloud_prod/api/models/beta/indexes/IndexGetResponse.java",
                        "com/llamacloud_prod/api/models/beta/indexes/VectorTarget.java",
                        "com/llamacloud_prod/api/models/beta/retrieval/Scope.java");
    }

    @Test
    void generatedFilesSayTheyAreGenerated() throws IOException {
        for (Path p : generated) {
            assertThat(Files.readString(p)).startsWith(ModelRenderer.HEADER);
        }
    }

    @Test
    void skippedSchemasAreNotWritten() throws IOException {
        List<Path> files = SdkGen.generate(Path.of("src/test/resources/fixture-openapi.json"), work.resolve("skip"),
                SdkGen.DEFAULT_PACKAGE, Set.of("beta.retrieval.Scope", "VectorTarget"));
        assertThat(files).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("ChatRetrieveResponse.java", "IndexGetResponse.java");
    }

    @TestFactory
    Stream<DynamicTest> scenarios() throws ClassNotFoundException {
        Class<?> scenarios = loader.loadClass("scenarios.FixtureScenarios");
        List<Method> methods = Stream.of(scenarios.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()) && m.getParameterCount() == 0)
                .toList();
        assertThat(methods).hasSizeGreaterThanOrEqualTo(8);
        return methods.stream().map(m -> DynamicTest.dynamicTest(m.getName(), () -> {
            try {
                m.invoke(null);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }));
    }
}
