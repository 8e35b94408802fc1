/**
 * Synchronous service interfaces (as in the official SDK) and their HTTP implementations.
 */
package com.llamacloud_prod.api.services.blocking;
