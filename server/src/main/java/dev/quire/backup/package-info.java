/**
 * Online backup of an embedded deployment: one consistent archive of the database, the search indexes and
 * the blobs, taken while the server serves ({@code POST /api/v1/admin/backup}). Restoring is offline and
 * lives in the command line. Imports db, search, storage, tenancy, common, errors and http only.
 */
package dev.quire.backup;
