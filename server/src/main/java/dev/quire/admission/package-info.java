/**
 * Admission of CPU-heavy work (query embedding and search, the extractive chat answer, ingest
 * embedding): a bounded number run at once, queued fairly by lane, and a request that waits too long is
 * refused with 503. Uses only the error family and ingest's Embedder interface; retrieval, the chat
 * model wrapper and the ingest wiring in Main call into it.
 */
package dev.quire.admission;
