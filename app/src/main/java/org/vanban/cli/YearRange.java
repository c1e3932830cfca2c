package org.vanban.cli;

/** A year or a year range as typed: {@code 2021}, {@code 2021..2025}, {@code 2021..}, {@code ..2025}. */
record YearRange(Integer from, Integer to) {
    static YearRange parse(String s) {
        if (s == null || s.isBlank()) return new YearRange(null, null);
        String t = s.trim();
        try {
            int dots = t.indexOf("..");
            if (dots < 0) {
                int y = Integer.parseInt(t);
                return new YearRange(y, y);
            }
            String a = t.substring(0, dots).trim();
            String b = t.substring(dots + 2).trim();
            Integer from = a.isEmpty() ? null : Integer.parseInt(a);
            Integer to = b.isEmpty() ? null : Integer.parseInt(b);
            if (from != null && to != null && from > to) {
                throw new IllegalArgumentException("year range " + s + " is empty: " + from + " > " + to);
            }
            return new YearRange(from, to);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--year must be a year (2021) or a range (2021..2025), was '" + s + "'");
        }
    }
}
