/**
 * Attachments of parsed files ({@code /api/v1/beta/attachments}), e.g. page screenshots.
 * Responses read their JSON lazily and keep unknown keys.
 */
package com.llamacloud_prod.api.models.beta.attachments;
