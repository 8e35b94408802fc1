package dev.quire.tenancy;

import dev.quire.common.Ids;
import dev.quire.common.Timestamps;
import dev.quire.errors.ApiException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Authentication and project resolution, plus the few admin operations (projects and keys).
 *
 * <pre>{@code
 * ApiKey key = tenancy.authenticate(bearerToken);
 * Scope scope = tenancy.resolve(key, organizationIdParam, projectIdParam);
 * }</pre>
 */
public final class TenancyService {
    private final ProjectStore projects;
    private final KeyStore keys;
    private final ApiKeys keyMaker;
    private final Ids ids;
    private final Clock clock;
    private final KeyCache cache = new KeyCache();
    private final KeyUsage usage;

    public TenancyService(ProjectStore projects, KeyStore keys, ApiKeys keyMaker, Ids ids, Clock clock) {
        this.projects = projects;
        this.keys = keys;
        this.keyMaker = keyMaker;
        this.ids = ids;
        this.clock = clock;
        this.usage = new KeyUsage(keys, clock);
    }

    /** The key behind a bearer token, or 401. */
    public ApiKey authenticate(Optional<String> bearer) {
        String secret = bearer.filter(s -> !s.isBlank())
                .orElseThrow(() -> new ApiException.Unauthorized("Missing API key: send Authorization: Bearer <key>"));
        ApiKey key = findKey(secret).orElseThrow(() -> new ApiException.Unauthorized("Invalid API key"));
        usage.used(key);
        return key;
    }

    /**
     * Looks a key up by its public prefix, then compares hashes in constant time, so response timing
     * says nothing about how much of a guessed secret was right.
     */
    Optional<ApiKey> findKey(String secret) {
        String hash = ApiKeys.hash(secret);
        Optional<ApiKey> cached = cache.get(hash);
        if (cached.isPresent()) {
            return cached;
        }
        long revocations = cache.revocations();
        long readAt = cache.now();
        Optional<KeyStore.StoredKey> stored = stored(secret, hash);
        Optional<ApiKey> found = stored.filter(s -> !s.revoked()).map(KeyStore.StoredKey::key);
        found.ifPresent(key -> cache.put(hash, key, revocations, readAt));
        return found;
    }

    /** Whether this secret belongs to a revoked key: such a secret can never be registered again. */
    boolean isRevoked(String secret) {
        return stored(secret, ApiKeys.hash(secret)).map(KeyStore.StoredKey::revoked).orElse(false);
    }

    private Optional<KeyStore.StoredKey> stored(String secret, String hash) {
        return keys.findByPrefix(ApiKeys.displayPrefix(secret)).stream()
                .filter(stored -> ApiKeys.sameHash(stored.hash(), hash))
                .findFirst();
    }

    /**
     * Chooses the project a request acts in (contract §1.3): project_id if given (404 unknown, 403 no
     * access, 400 not in the given organization); else, for organization_id alone, that organization's
     * default project for an admin key; else the key's own project.
     */
    public Scope resolve(ApiKey key, Optional<String> organizationId, Optional<String> projectId) {
        if (projectId.isPresent()) {
            Project project = projects.findProject(projectId.get())
                    .orElseThrow(() -> new ApiException.NotFound("Project not found"));
            if (organizationId.isPresent() && !organizationId.get().equals(project.organizationId())) {
                throw new ApiException.BadRequest("Project " + project.id() + " is not in organization "
                        + organizationId.get());
            }
            return scopeFor(key, project);
        }
        if (organizationId.isPresent() && !organizationId.get().equals(key.organizationId())) {
            throw new ApiException.Forbidden("This API key has no access to organization " + organizationId.get());
        }
        if (organizationId.isPresent() && key.role() == Role.ADMIN) {
            Project project = projects.defaultProject(key.organizationId())
                    .orElseThrow(() -> new ApiException.NotFound("Organization has no default project"));
            return scopeFor(key, project);
        }
        return new Scope(key.organizationId(), key.projectId(), key);
    }

    private Scope scopeFor(ApiKey key, Project project) {
        if (!canAccess(key, project)) {
            throw new ApiException.Forbidden("This API key has no access to project " + project.id());
        }
        return new Scope(project.organizationId(), project.id(), key);
    }

    private static boolean canAccess(ApiKey key, Project project) {
        return key.role() == Role.ADMIN
                ? key.organizationId().equals(project.organizationId())
                : key.projectId().equals(project.id());
    }

    /** Projects the key can access, optionally narrowed by organization and exact name. */
    public List<Project> listProjects(ApiKey key, Optional<String> organizationId, Optional<String> name) {
        if (organizationId.isPresent() && !organizationId.get().equals(key.organizationId())) {
            return List.of();
        }
        return projects.listProjects(key.organizationId()).stream()
                .filter(p -> canAccess(key, p))
                .filter(p -> name.map(p.name()::equals).orElse(true))
                .toList();
    }

    public Project getProject(ApiKey key, String projectId) {
        Project project = projects.findProject(projectId)
                .orElseThrow(() -> new ApiException.NotFound("Project not found"));
        scopeFor(key, project);
        return project;
    }

    public Project createProject(ApiKey key, String name) {
        requireAdmin(key);
        long now = Timestamps.nowMicros(clock);
        return projects.createProject(new Project(ids.uuid(), key.organizationId(), name, false, now, now));
    }

    /** Creates a key; the secret is returned once and only its hash is stored. */
    public IssuedKey createKey(ApiKey caller, String projectId, String name, Role role) {
        requireAdmin(caller);
        Project project = getProject(caller, projectId);
        return issueKey(project, name, role);
    }

    /** A project's live keys (admin key); secrets and hashes are never part of them. */
    public List<KeyStore.ListedKey> listKeys(ApiKey caller, String projectId) {
        requireAdmin(caller);
        return keys.list(getProject(caller, projectId).id());
    }

    /**
     * Revokes a key of the project (admin key), effective on the key's next request. Revoking the key
     * that makes this request is allowed: the caller then needs another admin key (see Bootstrap).
     */
    public void revokeKey(ApiKey caller, String projectId, String keyId) {
        requireAdmin(caller);
        Project project = getProject(caller, projectId);
        if (keys.revoke(project.id(), keyId, Timestamps.nowMicros(clock)) == KeyStore.Revocation.NOT_FOUND) {
            throw new ApiException.NotFound("API key not found");
        }
        cache.evict(keyId);
    }

    private static void requireAdmin(ApiKey key) {
        if (key.role() != Role.ADMIN) {
            throw new ApiException.Forbidden("This operation needs an admin API key");
        }
    }

    IssuedKey issueKey(Project project, String name, Role role) {
        String secret = keyMaker.newSecret();
        return new IssuedKey(storeKey(project, secret, name, role), secret);
    }

    ApiKey storeKey(Project project, String secret, String name, Role role) {
        ApiKey key = new ApiKey(ids.uuid(), project.id(), project.organizationId(), name, role,
                ApiKeys.displayPrefix(secret), Timestamps.nowMicros(clock));
        keys.insert(key, ApiKeys.hash(secret));
        return key;
    }

    /** A key together with its secret, which exists only in this response. */
    public record IssuedKey(ApiKey key, String secret) {}
}
