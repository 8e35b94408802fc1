package dev.quire.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code quire <command>}: the client commands of the launcher. Each command returns its exit status;
 * failures print one {@code quire: ...} line on stderr.
 *
 * <pre>{@code
 * int status = QuireCli.run(new String[] {"search", "--index", "docs", "refund policy"}, console);
 * }</pre>
 */
@Command(name = "quire", mixinStandardHelpOptions = true, version = "quire 0.1.0",
        description = "Use a running Quire server from the shell, and back it up and restore it.",
        subcommands = {IngestCommand.class, AskCommand.class, SearchCommand.class, KeysCommand.class,
                BackupCommand.class, RestoreCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the operation failed or was refused (also: files that failed to ingest)",
                "2:bad usage (unknown option, missing argument, no API key)",
                "3:the server refused the API key, or the key is not allowed to do this",
                "4:the server could not be reached"},
        footer = {"%nServer commands: --url (or LLAMA_CLOUD_BASE_URL) and --key (or LLAMA_CLOUD_API_KEY)."})
public final class QuireCli implements Runnable {
    final Console console;

    @Spec
    CommandSpec spec;

    QuireCli(Console console) {
        this.console = console;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    /** Runs one command line; returns the exit status. */
    public static int run(String[] args, Console console) {
        CommandLine line = new CommandLine(new QuireCli(console));
        line.setOut(new PrintWriter(console.out(), true));
        line.setErr(new PrintWriter(console.err(), true));
        line.setExecutionExceptionHandler((e, failed, parsed) -> Failures.report(e, console.err(), urlOf(failed)));
        return line.execute(args);
    }

    /** The server a failed command talked to, for messages; commands without one say so. */
    private static String urlOf(CommandLine failed) {
        Object command = failed.getCommand();
        if (command instanceof ServerCommand server) {
            return server.url();
        }
        return "(no server)";
    }

    public static void main(String[] args) {
        System.exit(run(args, Console.system()));
    }
}
