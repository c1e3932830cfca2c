package org.vanban.ocr;

/**
 * A word the recogniser read and its box, in pixels of the page image given to the OCR (origin top left).
 *
 * @param text       the word as recognised
 * @param x          left edge
 * @param y          top edge
 * @param width      box width (&gt; 0)
 * @param height     box height (&gt; 0)
 * @param confidence Tesseract's word confidence, 0..100
 */
public record OcrWord(String text, int x, int y, int width, int height, double confidence) { }
