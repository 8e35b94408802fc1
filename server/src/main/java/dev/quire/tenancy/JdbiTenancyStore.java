package dev.quire.tenancy;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.mapper.RowMapper;

/** Tenancy tables in the relational database. */
public final class JdbiTenancyStore implements ProjectStore, KeyStore {
    private static final RowMapper<Project> PROJECT = (rs, ctx) -> new Project(
            rs.getString("id"), rs.getString("organization_id"), rs.getString("name"),
            rs.getBoolean("is_default"), rs.getLong("created_at"), rs.getLong("updated_at"));
    private static final RowMapper<ApiKey> KEY = (rs, ctx) -> new ApiKey(
            rs.getString("id"), rs.getString("project_id"), rs.getString("organization_id"),
            rs.getString("name"), Role.parse(rs.getString("role")), rs.getString("key_prefix"),
            rs.getLong("created_at"));

    private final Jdbi jdbi;

    public JdbiTenancyStore(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    @Override
    public Project createOrganization(String organizationId, String organizationName, Project project) {
        jdbi.useTransaction(h -> {
            h.createUpdate("insert into organizations(id, name, created_at) values (:id, :name, :at)")
                    .bind("id", organizationId).bind("name", organizationName).bind("at", project.createdAt())
                    .execute();
            insertProject(h, project);
        });
        return project;
    }

    @Override
    public Project createProject(Project project) {
        jdbi.useHandle(h -> insertProject(h, project));
        return project;
    }

    private static void insertProject(org.jdbi.v3.core.Handle h, Project p) {
        h.createUpdate("insert into projects(id, organization_id, name, is_default, created_at, updated_at) "
                        + "values (:id, :org, :name, :def, :created, :updated)")
                .bind("id", p.id()).bind("org", p.organizationId()).bind("name", p.name())
                .bind("def", p.isDefault()).bind("created", p.createdAt()).bind("updated", p.updatedAt())
                .execute();
    }

    @Override
    public Optional<Project> findProject(String projectId) {
        return jdbi.withHandle(h -> h.createQuery("select * from projects where id = :id")
                .bind("id", projectId).map(PROJECT).findOne());
    }

    @Override
    public List<Project> listProjects(String organizationId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from projects where organization_id = :org order by created_at, id")
                .bind("org", organizationId).map(PROJECT).list());
    }

    @Override
    public Optional<Project> defaultProject(String organizationId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from projects where organization_id = :org and is_default = true")
                .bind("org", organizationId).map(PROJECT).findFirst());
    }

    @Override
    public Optional<Project> firstDefaultProject() {
        return jdbi.withHandle(h -> h.createQuery(
                        "select * from projects where is_default = true order by created_at, id")
                .map(PROJECT).findFirst());
    }

    @Override
    public void insert(ApiKey key, String keyHash) {
        jdbi.useHandle(h -> h.createUpdate(
                        "insert into api_keys(id, project_id, key_hash, key_prefix, name, role, created_at) "
                                + "values (:id, :project, :hash, :prefix, :name, :role, :at)")
                .bind("id", key.id()).bind("project", key.projectId()).bind("hash", keyHash)
                .bind("prefix", key.keyPrefix()).bind("name", key.name()).bind("role", key.role().wire())
                .bind("at", key.createdAt()).execute());
    }

    @Override
    public List<StoredKey> findByPrefix(String keyPrefix) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select k.*, p.organization_id from api_keys k join projects p on p.id = k.project_id "
                                + "where k.key_prefix = :prefix")
                .bind("prefix", keyPrefix)
                .map((rs, ctx) -> new StoredKey(KEY.map(rs, ctx), rs.getString("key_hash"),
                        rs.getObject("revoked_at") != null))
                .list());
    }

    @Override
    public boolean any() {
        return jdbi.withHandle(h -> h.createQuery("select count(*) from api_keys where revoked_at is null")
                .mapTo(Long.class).one()) > 0;
    }

    @Override
    public List<ListedKey> list(String projectId) {
        return jdbi.withHandle(h -> h.createQuery(
                        "select k.*, p.organization_id from api_keys k join projects p on p.id = k.project_id "
                                + "where k.project_id = :project and k.revoked_at is null order by k.created_at, k.id")
                .bind("project", projectId)
                .map((rs, ctx) -> {
                    long lastUsed = rs.getLong("last_used_at");
                    Optional<Long> lastUsedAt = rs.wasNull() ? Optional.empty() : Optional.of(lastUsed);
                    return new ListedKey(KEY.map(rs, ctx), lastUsedAt);
                })
                .list());
    }

    @Override
    public Revocation revoke(String projectId, String keyId, long atMicros) {
        return jdbi.inTransaction(h -> {
            boolean exists = h.createQuery("select count(*) from api_keys where id = :id and project_id = :project")
                    .bind("id", keyId).bind("project", projectId).mapTo(Long.class).one() > 0;
            if (!exists) {
                return Revocation.NOT_FOUND;
            }
            h.createUpdate("update api_keys set revoked_at = :at where id = :id and revoked_at is null")
                    .bind("at", atMicros).bind("id", keyId).execute();
            return Revocation.REVOKED;
        });
    }

    @Override
    public void recordUse(String keyId, long atMicros) {
        jdbi.useHandle(h -> h.createUpdate("update api_keys set last_used_at = :at where id = :id")
                .bind("at", atMicros).bind("id", keyId).execute());
    }
}
