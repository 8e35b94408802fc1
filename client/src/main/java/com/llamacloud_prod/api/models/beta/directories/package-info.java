/**
 * Directories ({@code /api/v1/beta/directories}): parameters and responses.
 * Responses read their JSON lazily and keep unknown keys.
 */
package com.llamacloud_prod.api.models.beta.directories;
