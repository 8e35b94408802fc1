/**
 * Serves the web console's built assets (the React app under {@code console/} at the repository
 * root, packaged as {@code dev/quire/console/} on the class path) at {@code /}, with a strict
 * Content-Security-Policy. The console calls only the public API; this package imports no feature.
 */
package dev.quire.console;
