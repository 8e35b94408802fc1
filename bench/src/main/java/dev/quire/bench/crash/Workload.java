package dev.quire.bench.crash;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Random writes of every kind the API has, one at a time, each recorded in the model only once the
 * server answered 2xx. Runs until the server is killed under it.
 */
final class Workload {
    /** A turn whose stream started (200): its question must survive; completed = its stop arrived. */
    record Turn(String sessionId, String prompt, boolean completed) {}

    private static final int MAX_INDEXES = 3;
    private static final String[] WORDS = {"alpha", "beta", "gamma", "delta", "kappa", "sigma", "omega", "lambda"};

    private final Random random;
    private final Map<String, Tracked> tracked = new LinkedHashMap<>();
    private final List<Turn> turns = new ArrayList<>();
    /** The unique word in each uploaded file's text, by file id (for the final search check). */
    private final Map<String, String> words = new HashMap<>();
    private final Map<String, Integer> acknowledged = new HashMap<>();
    private int counter;

    Workload(Random random) {
        this.random = random;
    }

    List<Tracked> tracked() {
        return List.copyOf(tracked.values());
    }

    List<Turn> turns() {
        return List.copyOf(turns);
    }

    Tracked session(String id) {
        return tracked.get(id);
    }

    String wordOf(String fileId) {
        return words.get(fileId);
    }

    Map<String, Integer> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    void runUntilDead(Client client, BooleanSupplier alive) {
        while (alive.getAsBoolean()) {
            try {
                step(client);
            } catch (IOException dead) {
                return; // the server is gone: the write in flight is unknown (recorded as such)
            }
        }
    }

    private void step(Client client) throws IOException {
        int pick = random.nextInt(100);
        if (pick < 8 || live("directory").isEmpty()) {
            createDirectory(client);
        } else if (pick < 14) {
            patchDirectory(client);
        } else if (pick < 16) {
            deleteDirectory(client);
        } else if (pick < 32) {
            uploadEntry(client);
        } else if (pick < 37) {
            addEntry(client);
        } else if (pick < 45) {
            patchEntry(client);
        } else if (pick < 49) {
            deleteEntry(client);
        } else if (pick < 57) {
            uploadFile(client);
        } else if (pick < 59) {
            deleteFile(client);
        } else if (pick < 65) {
            createOrSyncIndex(client);
        } else if (pick < 72) {
            createSession(client);
        } else if (pick < 74) {
            deleteSession(client);
        } else if (pick < 84) {
            turn(client);
        } else if (pick < 88) {
            createProject(client);
        } else if (pick < 96) {
            createKey(client);
        } else {
            revokeKey(client);
        }
    }

    private void createDirectory(Client client) throws IOException {
        String name = "dir-" + (++counter);
        Client.Response r = client.post("/api/v1/beta/directories", "{\"name\": \"" + name + "\"}");
        ok(r, "directory");
        track("directory", r.json().get("id").asText(), Map.of("name", name, "description", ""));
        count("directory create");
    }

    private void patchDirectory(Client client) throws IOException {
        Tracked dir = any(live("directory"));
        Map<String, String> change = Map.of("name", "renamed-" + (++counter), "description", "d" + counter);
        dir.unknown(change);
        ok(client.patch("/api/v1/beta/directories/" + dir.id, "{\"name\": \"" + change.get("name")
                + "\", \"description\": \"" + change.get("description") + "\"}"), "directory patch");
        dir.acknowledged(change);
        count("directory patch");
    }

    private void deleteDirectory(Client client) throws IOException {
        List<Tracked> candidates = live("directory").stream().filter(d -> !isSource(d.id)).toList();
        if (candidates.isEmpty()) {
            return;
        }
        Tracked dir = any(candidates);
        List<Tracked> entries = live("entry").stream().filter(e -> e.context.get("directory").equals(dir.id)).toList();
        List<Tracked> gone = new java.util.ArrayList<>(entries);
        gone.add(dir);
        delete(client, "/api/v1/beta/directories/" + dir.id, gone, "directory delete");
    }

    private void uploadEntry(Client client) throws IOException {
        Tracked dir = any(live("directory"));
        String word = word();
        String name = "doc-" + (++counter) + ".txt";
        byte[] bytes = CrashRun.utf8("A note about " + WORDS[random.nextInt(WORDS.length)] + " number " + counter
                + ". The unique word is " + word + ". " + "Some filler text. ".repeat(random.nextInt(40)));
        Client.Response r = client.upload("/api/v1/beta/directories/" + dir.id + "/files/upload", "upload_file", name,
                bytes, "metadata", "{\"tag\": \"t" + counter + "\"}");
        ok(r, "entry upload");
        JsonNode json = r.json();
        String fileId = json.get("file_id").asText();
        words.put(fileId, word);
        track("file", fileId, Map.of("name", name, "sha256", CrashRun.sha256(bytes)));
        Tracked entry = track("entry", json.get("id").asText(),
                Map.of("display_name", name, "tag", "t" + counter, "file_id", fileId));
        entry.context.put("directory", dir.id);
        count("directory file upload");
    }

    private void addEntry(Client client) throws IOException {
        List<Tracked> files = live("file");
        if (files.isEmpty()) {
            return;
        }
        Tracked file = any(files);
        Tracked dir = any(live("directory"));
        String display = "added-" + (++counter);
        Client.Response r = client.post("/api/v1/beta/directories/" + dir.id + "/files", "{\"file_id\": \""
                + file.id + "\", \"display_name\": \"" + display + "\", \"unique_id\": \"u" + counter
                + "\", \"metadata\": {\"tag\": \"a" + counter + "\"}}");
        ok(r, "entry add");
        Tracked entry = track("entry", r.json().get("id").asText(),
                Map.of("display_name", display, "tag", "a" + counter, "file_id", file.id));
        entry.context.put("directory", dir.id);
        count("directory file add");
    }

    private void patchEntry(Client client) throws IOException {
        List<Tracked> entries = live("entry");
        if (entries.isEmpty()) {
            return;
        }
        Tracked entry = any(entries);
        Map<String, String> change = Map.of("display_name", "patched-" + (++counter), "tag", "p" + counter);
        entry.unknown(change);
        ok(client.patch("/api/v1/beta/directories/" + entry.context.get("directory") + "/files/" + entry.id,
                "{\"display_name\": \"" + change.get("display_name") + "\", \"metadata\": {\"tag\": \""
                        + change.get("tag") + "\"}}"), "entry patch");
        entry.acknowledged(change);
        count("directory file patch");
    }

    private void deleteEntry(Client client) throws IOException {
        List<Tracked> entries = live("entry");
        if (entries.isEmpty()) {
            return;
        }
        Tracked entry = any(entries);
        entry.unknown(Map.of("deleted", "true"));
        ok(client.delete("/api/v1/beta/directories/" + entry.context.get("directory") + "/files/" + entry.id),
                "entry delete");
        entry.acknowledged(Map.of("deleted", "true"));
        count("directory file delete");
    }

    private void uploadFile(Client client) throws IOException {
        String word = word();
        String name = "file-" + (++counter) + ".txt";
        byte[] bytes = CrashRun.utf8("Standalone file " + counter + " with the word " + word + ".");
        Client.Response r = client.upload("/api/v1/beta/files", "file", name, bytes, "purpose", "user_data");
        ok(r, "file upload");
        String id = r.json().get("id").asText();
        words.put(id, word);
        track("file", id, Map.of("name", name, "sha256", CrashRun.sha256(bytes)));
        count("file upload");
    }

    private void deleteFile(Client client) throws IOException {
        List<Tracked> files = live("file");
        if (files.isEmpty()) {
            return;
        }
        Tracked file = any(files);
        // Deleting a file deletes the directory entries that point to it.
        List<Tracked> entries = live("entry").stream().filter(e -> e.expected.get("file_id").equals(file.id)).toList();
        List<Tracked> gone = new java.util.ArrayList<>(entries);
        gone.add(file);
        delete(client, "/api/v1/beta/files/" + file.id, gone, "file delete");
    }

    private void createOrSyncIndex(Client client) throws IOException {
        List<Tracked> indexes = live("index");
        if (indexes.size() < MAX_INDEXES && random.nextBoolean()) {
            Tracked dir = any(live("directory"));
            String name = "index-" + (++counter);
            Client.Response r = client.post("/api/v1/indexes", "{\"source_directory_id\": \"" + dir.id
                    + "\", \"name\": \"" + name + "\"}");
            ok(r, "index");
            Tracked index = track("index", r.json().get("id").asText(), Map.of("name", name));
            index.context.put("source", dir.id);
            count("index create");
        } else if (!indexes.isEmpty()) {
            Client.Response r = client.post("/api/v1/indexes/" + any(indexes).id + "/sync", "{}");
            if (r.status() == 409) {
                return; // a sync of the unchanged source is running: nothing new to acknowledge
            }
            ok(r, "index sync");
            count("index sync");
        }
    }

    private void createSession(Client client) throws IOException {
        List<Tracked> indexes = live("index");
        String body = indexes.isEmpty() ? "{}" : "{\"index_ids\": [\"" + any(indexes).id + "\"]}";
        Client.Response r = client.post("/api/v1/chat", body);
        ok(r, "chat session");
        Tracked session = track("session", r.json().get("session_id").asText(), Map.of());
        JsonNode ids = r.json().path("index_ids");
        session.context.put("index", ids.isArray() && ids.size() > 0 ? ids.get(0).asText() : "");
        count("chat session create");
    }

    private void deleteSession(Client client) throws IOException {
        List<Tracked> sessions = live("session");
        if (sessions.isEmpty()) {
            return;
        }
        Tracked session = any(sessions);
        delete(client, "/api/v1/chat/" + session.id, List.of(session), "chat session delete");
    }

    private void turn(Client client) throws IOException {
        List<Tracked> sessions = live("session").stream()
                .filter(s -> !s.context.get("index").isEmpty() && !tracked.get(s.context.get("index")).deleted())
                .toList();
        if (sessions.isEmpty()) {
            return;
        }
        Tracked session = any(sessions);
        String prompt = "What is said about " + WORDS[random.nextInt(WORDS.length)] + " (question " + (++counter) + ")?";
        Client.Turn turn = client.stream("/api/v1/chat/" + session.id + "/messages/stream",
                "{\"index_ids\": [\"" + session.context.get("index") + "\"], \"prompt\": \"" + prompt + "\"}");
        if (turn.status == 200) {
            boolean completed = turn.stop != null;
            turns.add(new Turn(session.id, prompt, completed));
            count(completed ? "chat turn (completed)" : "chat turn (started)");
        }
        if (turn.failed) {
            throw new IOException("the turn's stream broke off");
        }
        if (turn.status != 200) {
            throw new IllegalStateException("chat turn answered " + turn.status);
        }
    }

    private void createProject(Client client) throws IOException {
        String name = "project-" + (++counter);
        Client.Response r = client.post("/api/v1/projects", "{\"name\": \"" + name + "\"}");
        ok(r, "project");
        track("project", r.json().get("id").asText(), Map.of("name", name));
        count("project create");
    }

    private void createKey(Client client) throws IOException {
        List<Tracked> projects = live("project");
        String project = projects.isEmpty()
                ? client.get("/api/v1/projects").json().get(0).get("id").asText() : any(projects).id;
        Client.Response r = client.post("/api/v1/projects/" + project + "/api-keys",
                "{\"name\": \"k" + (++counter) + "\", \"role\": \"member\"}");
        ok(r, "api key");
        Tracked key = track("api_key", r.json().get("key").asText(), Map.of());
        key.context.put("project", project);
        key.context.put("key_id", r.json().get("id").asText());
        count("api key create");
    }

    private void revokeKey(Client client) throws IOException {
        List<Tracked> keys = live("api_key");
        if (keys.isEmpty()) {
            return;
        }
        Tracked key = any(keys);
        delete(client, "/api/v1/projects/" + key.context.get("project") + "/api-keys/" + key.context.get("key_id"),
                List.of(key), "api key revoke");
    }

    private boolean isSource(String directoryId) {
        return tracked.values().stream().anyMatch(t -> t.kind.equals("index") && !t.deleted()
                && directoryId.equals(t.context.get("source")));
    }

    private Tracked track(String kind, String id, Map<String, String> fields) {
        Map<String, String> expected = new LinkedHashMap<>();
        expected.put("deleted", "false");
        expected.putAll(fields);
        Tracked t = new Tracked(kind, id, expected);
        tracked.put(id, t);
        return t;
    }

    /**
     * One DELETE that removes {@code gone} (the object and what goes with it): unknown until the
     * server answers, acknowledged after a 2xx.
     */
    private void delete(Client client, String path, List<Tracked> gone, String what) throws IOException {
        gone.forEach(t -> t.unknown(Map.of("deleted", "true")));
        ok(client.delete(path), what);
        gone.forEach(t -> t.acknowledged(Map.of("deleted", "true")));
        count(what);
    }

    /** Fails the run on an answer other than 2xx (the workload only sends valid writes). */
    private static void ok(Client.Response r, String what) {
        if (!r.ok()) {
            throw new IllegalStateException(what + " answered " + r.status() + ": " + r.body());
        }
    }

    private void count(String kind) {
        acknowledged.merge(kind, 1, Integer::sum);
    }

    private List<Tracked> live(String kind) {
        return tracked.values().stream().filter(t -> t.kind.equals(kind) && !t.deleted()).toList();
    }

    private <T> T any(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private String word() {
        return "zq" + Long.toString(Math.abs(random.nextLong()), 36);
    }
}
