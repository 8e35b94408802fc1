/**
 * The SDK generator: reads the server's OpenAPI document ({@link dev.quire.sdkgen.ModelPlanner}) and writes
 * the Java SDK's model classes ({@link dev.quire.sdkgen.ModelRenderer}). Plain Java and Jackson; imports
 * nothing of the server or the SDK.
 */
package dev.quire.sdkgen;
