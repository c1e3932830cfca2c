package org.vanban.model;

import java.util.List;

/**
 * A task with the agencies charged with it, from an appendix table or a "Cơ quan chủ trì" paragraph.
 *
 * @param task      what is to be done
 * @param lead      lead agency (cơ quan chủ trì)
 * @param partners  partner agencies (cơ quan phối hợp)
 * @param timeframe when (thời gian thực hiện), as written
 * @param page      page number (1-based)
 */
public record TaskAssignment(String task, String lead, List<String> partners, String timeframe, int page) {
    public TaskAssignment {
        partners = partners == null ? List.of() : List.copyOf(partners);
    }
}
