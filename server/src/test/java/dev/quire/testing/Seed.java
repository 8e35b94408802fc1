package dev.quire.testing;

import org.jdbi.v3.core.Jdbi;

/** Rows that store tests need before they can insert their own (foreign keys point at them). */
public final class Seed {
    private Seed() {
    }

    /**
     * An organization {@code org-<project>} with the project, marked default if no project is yet (a
     * database holds one default project: the one the first start creates).
     */
    public static void project(Jdbi jdbi, String projectId) {
        jdbi.useHandle(h -> {
            h.execute("insert into organizations(id, name, created_at) values (?, 'o', 1)", "org-" + projectId);
            h.execute("insert into projects(id, organization_id, name, is_default, created_at, updated_at) "
                    + "values (?, ?, 'p', not exists (select 1 from projects where is_default = true), 1, 1)",
                    projectId, "org-" + projectId);
        });
    }
}
