package org.vanban.lab.tools;

import java.awt.geom.Point2D;
import java.util.List;

/**
 * One A4 page laid out by {@link PageRenderer}, in pixels at 300 dpi (origin top-left).
 *
 * @param number           1-based page number
 * @param runs             pieces of text with their position and style
 * @param rules            horizontal lines (underline of the motto, rule under the issuer)
 * @param signatureAnchor  centre of the gap left for the signature and stamp, or null when the
 *                         signature is not on this page
 * @param lines            the page's text line by line in reading order (ground truth for OCR checks)
 */
public record PageLayout(int number, List<Run> runs, List<Rule> rules, Point2D signatureAnchor, List<String> lines) {

    /** Page size in pixels at 300 dpi. */
    public static final int WIDTH = 2480, HEIGHT = 3508, DPI = 300;

    /** Font style of a run. */
    public enum Style { REGULAR, BOLD, ITALIC, BOLD_ITALIC }

    /**
     * A piece of text drawn at one place.
     *
     * @param text     the text (NFC)
     * @param x        left edge in px
     * @param baseline baseline in px from the top
     * @param sizePx   font size in px (1 pt = 300/72 px)
     * @param style    font style
     */
    public record Run(String text, double x, double baseline, double sizePx, Style style) { }

    /** A horizontal line from x1 to x2 at y, {@code thickness} px thick. */
    public record Rule(double x1, double x2, double y, double thickness) { }

    public PageLayout {
        runs = List.copyOf(runs);
        rules = List.copyOf(rules);
        lines = List.copyOf(lines);
    }

    /** The page's ground-truth text, lines joined with '\n'. */
    public String text() { return String.join("\n", lines); }
}
