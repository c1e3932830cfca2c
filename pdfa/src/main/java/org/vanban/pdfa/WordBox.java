package org.vanban.pdfa;

import java.util.List;

/**
 * A word on a page image and its box in image pixels (origin top left, y down).
 *
 * @param text   the word (NFC)
 * @param x      left edge, px
 * @param y      top edge, px
 * @param width  box width, px (&gt; 0)
 * @param height box height, px (&gt; 0)
 */
public record WordBox(String text, double x, double y, double width, double height) {
    public WordBox {
        text = text == null ? "" : text;
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("word box must have a positive size: " + width + "x" + height
                    + " for '" + text + "'");
        }
    }

    public double right() { return x + width; }

    public double bottom() { return y + height; }

    /** The same box carrying another text. */
    public WordBox withText(String other) {
        return new WordBox(other, x, y, width, height);
    }

    /** The smallest box covering all the given boxes, carrying {@code text}. */
    public static WordBox union(String text, List<WordBox> boxes) {
        if (boxes.isEmpty()) throw new IllegalArgumentException("no boxes to unite");
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (WordBox b : boxes) {
            x0 = Math.min(x0, b.x);
            y0 = Math.min(y0, b.y);
            x1 = Math.max(x1, b.right());
            y1 = Math.max(y1, b.bottom());
        }
        return new WordBox(text, x0, y0, x1 - x0, y1 - y0);
    }

    /**
     * Cuts this box horizontally into one box per part, each as wide as its share of the parts' letters
     * (what a syllable split by the repair gets: "tiếptục" over one OCR box becomes "tiếp" and "tục").
     */
    public List<WordBox> split(List<String> parts) {
        if (parts.size() == 1) return List.of(withText(parts.get(0)));
        int total = 0;
        for (String p : parts) total += Math.max(1, p.codePointCount(0, p.length()));
        java.util.ArrayList<WordBox> out = new java.util.ArrayList<>(parts.size());
        double left = x;
        int seen = 0;
        for (String p : parts) {
            seen += Math.max(1, p.codePointCount(0, p.length()));
            double right = x + width * seen / total;
            out.add(new WordBox(p, left, y, Math.max(right - left, 1e-3), height));
            left = right;
        }
        return out;
    }
}
