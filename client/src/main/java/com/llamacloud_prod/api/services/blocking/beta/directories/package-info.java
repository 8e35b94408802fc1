/**
 * Sub-services of {@code client.beta().directories()}: the entries of a directory.
 */
package com.llamacloud_prod.api.services.blocking.beta.directories;
