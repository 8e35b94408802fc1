package dev.quire.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.quire.db.SqlErrors;
import dev.quire.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Organizations, projects and API keys: what every metadata database must do the same way. */
abstract class TenancyStoreContract {
    private TestDatabase db;
    private JdbiTenancyStore store;

    /** A new, migrated, empty database of the backend under test. */
    protected abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        db = newDatabase();
        store = new JdbiTenancyStore(db.database().jdbi());
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void an_organization_is_created_with_its_default_project() {
        store.createOrganization("org", "Org", new Project("p1", "org", "Default", true, 10, 10));
        store.createProject(new Project("p2", "org", "Other", false, 5, 5));

        assertThat(store.findProject("p1")).contains(new Project("p1", "org", "Default", true, 10, 10));
        assertThat(store.findProject("missing")).isEmpty();
        assertThat(store.listProjects("org")).extracting(Project::id).containsExactly("p2", "p1");
        assertThat(store.defaultProject("org")).map(Project::id).contains("p1");
        assertThat(store.firstDefaultProject()).map(Project::id).contains("p1");
    }

    @Test
    void a_failed_organization_insert_leaves_nothing_behind() {
        store.createOrganization("org", "Org", new Project("p1", "org", "Default", true, 10, 10));
        assertThatThrownBy(() -> store.createOrganization("org2", "Org", new Project("p1", "org2", "Dup", true, 11, 11)))
                .satisfies(e -> assertThat(SqlErrors.isUniqueViolation(e)).isTrue());
        assertThat(store.listProjects("org2")).isEmpty();
        db.database().jdbi().useHandle(h -> assertThat(h.createQuery("select count(*) from organizations")
                .mapTo(Long.class).one()).isEqualTo(1));
    }

    @Test
    void keys_are_found_by_prefix_listed_oldest_first_and_revoked_as_tombstones() {
        store.createOrganization("org", "Org", new Project("p1", "org", "Default", true, 10, 10));
        assertThat(store.any()).isFalse();
        store.insert(new ApiKey("k2", "p1", "org", "second", Role.MEMBER, "qk-bbbb", 20), "hash-2");
        store.insert(new ApiKey("k1", "p1", "org", "first", Role.ADMIN, "qk-aaaa", 20), "hash-1");
        store.insert(new ApiKey("k0", "p1", "org", "oldest", Role.ADMIN, "qk-cccc", 15), "hash-0");
        assertThat(store.any()).isTrue();

        assertThat(store.findByPrefix("qk-aaaa")).containsExactly(new KeyStore.StoredKey(
                new ApiKey("k1", "p1", "org", "first", Role.ADMIN, "qk-aaaa", 20), "hash-1", false));
        assertThat(store.list("p1")).extracting(k -> k.key().id()).containsExactly("k0", "k1", "k2");
        assertThat(store.list("p1").get(0).lastUsedAt()).isEmpty();

        store.recordUse("k1", 99);
        assertThat(store.list("p1").get(1).lastUsedAt()).contains(99L);

        assertThat(store.revoke("p1", "k1", 100)).isEqualTo(KeyStore.Revocation.REVOKED);
        assertThat(store.revoke("p1", "k1", 101)).isEqualTo(KeyStore.Revocation.REVOKED);
        assertThat(store.revoke("other", "k2", 101)).isEqualTo(KeyStore.Revocation.NOT_FOUND);
        assertThat(store.findByPrefix("qk-aaaa")).singleElement().extracting(KeyStore.StoredKey::revoked).isEqualTo(true);
        assertThat(store.list("p1")).extracting(k -> k.key().id()).containsExactly("k0", "k2");
    }

    @Test
    void a_second_key_with_the_same_hash_is_a_unique_violation() {
        store.createOrganization("org", "Org", new Project("p1", "org", "Default", true, 10, 10));
        store.insert(new ApiKey("k1", "p1", "org", "a", Role.ADMIN, "qk-aaaa", 1), "same-hash");
        assertThatThrownBy(() -> store.insert(new ApiKey("k2", "p1", "org", "b", Role.ADMIN, "qk-bbbb", 2), "same-hash"))
                .satisfies(e -> assertThat(SqlErrors.isUniqueViolation(e)).as(e.toString()).isTrue());
        assertThat(store.list("p1")).extracting(k -> k.key().id()).isEqualTo(List.of("k1"));
        assertThat(store.defaultProject("nobody")).isEqualTo(Optional.empty());
    }
}
