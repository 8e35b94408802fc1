/**
 * The server's exception family. Features throw these; only {@code http} turns them into responses.
 * Imports nothing else of Quire.
 */
package dev.quire.errors;
