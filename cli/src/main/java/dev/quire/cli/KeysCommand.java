package dev.quire.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code quire keys list|create|revoke}: a project's API keys, through the admin routes (admin key). The
 * project is {@code --project}, else the key's default project.
 */
@Command(name = "keys", mixinStandardHelpOptions = true,
        description = "List, create and revoke a project's API keys (needs an admin key).",
        subcommands = {KeysCommand.ListKeys.class, KeysCommand.CreateKey.class, KeysCommand.RevokeKey.class})
final class KeysCommand implements Runnable {
    @ParentCommand
    QuireCli cli;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a keys command: list, create or revoke");
    }

    /** Options every keys command has. */
    static final class Target {
        @Mixin
        ServerOptions server;

        @Option(names = "--project", paramLabel = "ID", description = "Project id (default: the default project).")
        String project;

        String project(AdminApi api) {
            if (project != null) {
                return project;
            }
            List<JsonNode> projects = new ArrayList<>();
            api.get("/api/v1/projects").forEach(projects::add);
            return projects.stream().filter(p -> p.path("is_default").asBoolean(false)).findFirst()
                    .or(() -> projects.size() == 1 ? projects.stream().findFirst() : java.util.Optional.empty())
                    .map(p -> p.path("id").asText())
                    .orElseThrow(() -> new CliFailure(ExitCodes.USAGE, "this key sees several projects; name one with --project"));
        }

        static String path(String project) {
            return "/api/v1/projects/" + URLEncoder.encode(project, StandardCharsets.UTF_8) + "/api-keys";
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the project's keys (never their secrets).")
    static final class ListKeys implements Callable<Integer>, ServerCommand {
        @ParentCommand
        KeysCommand keys;
        @Mixin
        Target target;

        @Override
        public String url() {
            return target.server.url(keys.cli.console);
        }

        @Override
        public Integer call() {
            AdminApi api = target.server.admin(keys.cli.console);
            PrintStream out = keys.cli.console.out();
            out.printf("%-38s %-8s %-14s %-28s %s%n", "ID", "ROLE", "PREFIX", "LAST USED", "NAME");
            for (JsonNode key : api.get(Target.path(target.project(api)))) {
                out.printf("%-38s %-8s %-14s %-28s %s%n", key.path("id").asText(), key.path("role").asText(),
                        key.path("prefix").asText(), key.path("last_used_at").asText("-").equals("null") ? "-"
                                : key.path("last_used_at").asText("-"), key.path("name").asText());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {"Create a key. The secret is printed once, alone on stdout (so `KEY=$(quire keys create)` "
                    + "works); the server keeps only its hash."})
    static final class CreateKey implements Callable<Integer>, ServerCommand {
        @ParentCommand
        KeysCommand keys;
        @Mixin
        Target target;

        @Option(names = "--name", paramLabel = "NAME", defaultValue = "cli key", description = "A label (default: ${DEFAULT-VALUE}).")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", defaultValue = "member",
                description = "member or admin (default: ${DEFAULT-VALUE}).")
        String role;

        @Override
        public String url() {
            return target.server.url(keys.cli.console);
        }

        @Override
        public Integer call() {
            if (!role.equals("member") && !role.equals("admin")) {
                throw new CliFailure(ExitCodes.USAGE, "--role must be member or admin: " + role);
            }
            AdminApi api = target.server.admin(keys.cli.console);
            String project = target.project(api);
            ObjectNode body = api.json().createObjectNode().put("name", name).put("role", role);
            JsonNode created = api.post(Target.path(project), body);
            keys.cli.console.err().println("created " + created.path("role").asText() + " key " + created.path("id").asText()
                    + " in project " + project + "; its secret follows and is not shown again");
            keys.cli.console.out().println(created.path("key").asText());
            return ExitCodes.OK;
        }
    }

    @Command(name = "revoke", mixinStandardHelpOptions = true,
            description = "Revoke a key by its id (see `quire keys list`); effective on its next request.")
    static final class RevokeKey implements Callable<Integer>, ServerCommand {
        @ParentCommand
        KeysCommand keys;
        @Mixin
        Target target;

        @Parameters(index = "0", paramLabel = "KEY_ID", description = "The key's id.")
        String keyId;

        @Override
        public String url() {
            return target.server.url(keys.cli.console);
        }

        @Override
        public Integer call() {
            AdminApi api = target.server.admin(keys.cli.console);
            api.delete(Target.path(target.project(api)) + "/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8));
            keys.cli.console.err().println("revoked key " + keyId);
            return ExitCodes.OK;
        }
    }
}
