/**
 * Chat sessions, their event history and (later) the agent that runs turns. May use tenancy scopes
 * through {@code http}; never touches another feature's tables.
 */
package dev.quire.chat;
