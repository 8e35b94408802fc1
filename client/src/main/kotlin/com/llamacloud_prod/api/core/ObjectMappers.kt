// The SDK is Java; this one Kotlin file exists because Kotlin code written for LlamaCloud's official SDK
// (its own model tests among it) imports the mapper as a package-level function,
// `import com.llamacloud_prod.api.core.jsonMapper`, which no Java class can provide.
package com.llamacloud_prod.api.core

import com.fasterxml.jackson.databind.json.JsonMapper

/** The SDK's configured mapper (the same instance as [ObjectMappers.jsonMapper]). */
fun jsonMapper(): JsonMapper = ObjectMappers.jsonMapper()
