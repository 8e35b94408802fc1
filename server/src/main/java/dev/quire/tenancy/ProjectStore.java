package dev.quire.tenancy;

import java.util.List;
import java.util.Optional;

/** Organizations and projects. */
public interface ProjectStore {
    /** Creates an organization with its default project, atomically. Returns the project. */
    Project createOrganization(String organizationId, String organizationName, Project defaultProject);

    Project createProject(Project project);

    Optional<Project> findProject(String projectId);

    /** Projects of an organization, oldest first. */
    List<Project> listProjects(String organizationId);

    Optional<Project> defaultProject(String organizationId);

    /** Any organization's default project: the one the first start created. */
    Optional<Project> firstDefaultProject();
}
