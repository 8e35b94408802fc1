/**
 * The model interface of the chat agent and its backends. Knows nothing of sessions, HTTP or
 * retrieval: messages and tool specs in, streamed replies out.
 */
package dev.quire.chat.model;
