/** The requests of the API calls, built once for the blocking and the asynchronous services. SDK-internal. */
package com.llamacloud_prod.api.services.requests;
