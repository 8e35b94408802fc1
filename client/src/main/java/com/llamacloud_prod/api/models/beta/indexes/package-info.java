/**
 * Indexes ({@code /api/v1/indexes}): parameters and responses, including the build state in {@code metadata}.
 * Responses read their JSON lazily and keep unknown keys.
 */
package com.llamacloud_prod.api.models.beta.indexes;
