/**
 * The {@code quire} command line: client commands that talk to a running server through the Java SDK
 * (ingest, ask, search, keys, backup) and the offline restore of a backup into an empty data directory.
 * Imports the SDK, OkHttp, Jackson and picocli only; nothing of the server.
 */
package dev.quire.cli;
