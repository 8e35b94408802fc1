package dev.quire.cli;

import com.llamacloud_prod.api.errors.LlamaCloudIoException;
import com.llamacloud_prod.api.errors.LlamaCloudServiceException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Turns whatever a command threw into one line on stderr and an exit code; stack traces help no user. */
final class Failures {
    private Failures() {}

    static int report(Exception e, PrintStream err, String url) {
        CliFailure failure = translate(e, url);
        err.println("quire: " + failure.getMessage());
        err.flush();
        return failure.exitCode();
    }

    static CliFailure translate(Exception e, String url) {
        if (e instanceof CliFailure failure) {
            return failure;
        }
        if (e instanceof LlamaCloudServiceException service) {
            return CliFailure.forStatus(service.statusCode(), detail(service), url);
        }
        if (e instanceof LlamaCloudIoException || e instanceof IOException || e instanceof UncheckedIOException) {
            return new CliFailure(ExitCodes.UNREACHABLE, "talking to the server at " + url + " failed (" + e.getMessage()
                    + "); is it running? Set its address with --url or LLAMA_CLOUD_BASE_URL");
        }
        return new CliFailure(ExitCodes.FAILED, "unexpected error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
    }

    /** The API's error body is {@code {"detail": "..."}} (or a list of field errors). */
    static String detail(LlamaCloudServiceException e) {
        return e.body().asObject().map(o -> o.get("detail")).filter(d -> !d.isMissing() && !d.isNull())
                .map(d -> d.asString().orElse(d.toString())).orElse("");
    }
}
