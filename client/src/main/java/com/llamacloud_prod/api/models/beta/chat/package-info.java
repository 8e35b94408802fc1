/**
 * Chat session parameters and responses. Responses read their JSON lazily and keep unknown keys.
 */
package com.llamacloud_prod.api.models.beta.chat;
