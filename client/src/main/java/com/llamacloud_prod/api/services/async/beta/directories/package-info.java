/** The asynchronous directory-file service, implemented over {@code OkHttpExecutor}'s async calls. */
package com.llamacloud_prod.api.services.async.beta.directories;
