/** The asynchronous beta services (chat, directories, indexes), implemented over {@code OkHttpExecutor}'s async calls. */
package com.llamacloud_prod.api.services.async.beta;
