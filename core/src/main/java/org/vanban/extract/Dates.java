package org.vanban.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as written in Vietnamese documents ("15/7/2021", "ngày 15 tháng 7 năm 2021") to ISO. */
final class Dates {
    /** On folded text: "15/7/2021", "15-7-2021", "15 thang 7 nam 2021" (after "ngay"). */
    static final String DATE = "(\\d{1,2})\\s*(?:[/.\\-]|\\s+thang)\\s*(\\d{1,2})\\s*(?:[/.\\-]|\\s+nam)\\s*((?:19|20)\\d{2})";
    private static final Pattern DATE_PATTERN = Pattern.compile(DATE);

    private Dates() {
    }

    /** ISO date, or "" when the parts do not make a valid date. */
    static String iso(String day, String month, String year) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return "";
        }
    }

    /** The first date in a folded string as ISO, or "". */
    static String first(String folded) {
        Matcher m = DATE_PATTERN.matcher(folded);
        return m.find() ? iso(m.group(1), m.group(2), m.group(3)) : "";
    }
}
