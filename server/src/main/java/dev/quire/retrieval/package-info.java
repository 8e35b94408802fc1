/**
 * The retrieval API: hybrid retrieve (fusion, filters, rerank) and find/grep/read over parsed
 * files. Reads indexes through {@code IndexService}, {@code IndexFileStore} and {@code search}; writes nothing.
 */
package dev.quire.retrieval;
