/**
 * The client interface ({@code LlamaCloudClient}); entry points live in {@code client.okhttp}. Same packages and names as the official LlamaCloud Java SDK.
 */
package com.llamacloud_prod.api.client;
