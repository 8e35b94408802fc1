/**
 * Builds clients on OkHttp: {@code LlamaCloudOkHttpClient.fromEnv()} / {@code builder()}.
 */
package com.llamacloud_prod.api.client.okhttp;
