/**
 * Indexes: the catalog, sync jobs and their scheduler, and the per-file results of syncs. Reads
 * sources through {@link dev.quire.indexes.SourceFiles} and writes output directories through
 * {@link dev.quire.indexes.OutputDirectories}; never touches the directories' or files' tables.
 */
package dev.quire.indexes;
