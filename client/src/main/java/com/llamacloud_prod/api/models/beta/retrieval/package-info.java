/**
 * Retrieval ({@code /api/v1/retrieval}): hybrid search over an index's chunks, and find, grep and
 * read over its parsed files. find and grep page with POST cursors (the body is resent with
 * {@code page_token}). Responses read their JSON lazily and keep unknown keys.
 */
package com.llamacloud_prod.api.models.beta.retrieval;
