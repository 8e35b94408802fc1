/**
 * The structure of a parsed document, page by page: headings, paragraphs, lists and tables with
 * their boxes, and how PDF words (from PDFBox or from Tesseract) are grouped into them.
 * Knows nothing of HTTP, the database or jobs.
 */
package dev.quire.ingest.layout;
