/**
 * Uploaded files ({@code /api/v1/beta/files}) and presigned download links.
 * Responses read their JSON lazily and keep unknown keys.
 */
package com.llamacloud_prod.api.models.files;
