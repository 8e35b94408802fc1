/**
 * The MCP server at /mcp (Streamable HTTP): tools over retrieval, the parsed files and chat turns, and the
 * parsed files as {@code quire://} resources. Uses the same services as the REST routes; never imports
 * Javalin, storage or search implementations.
 */
package dev.quire.mcp;
