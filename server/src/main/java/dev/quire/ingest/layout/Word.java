package dev.quire.ingest.layout;

/** A word on a page, as PDFBox or Tesseract saw it; {@code fontSize} in points. */
public record Word(String text, Box box, double fontSize, boolean bold) {
}
