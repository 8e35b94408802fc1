/**
 * SDK-internal HTTP: request shape, the OkHttp executor, retries and status-to-exception mapping. The only package that talks to the network.
 */
package com.llamacloud_prod.api.core.http;
