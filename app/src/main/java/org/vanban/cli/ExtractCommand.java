package org.vanban.cli;

import org.vanban.index.IndexSearch;
import org.vanban.model.TargetClause;
import org.vanban.model.TaskAssignment;
import org.vanban.model.VanbanDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code vanban extract targets|tasks --index DIR --format csv|json}: analyst tables, one row per clause. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Write target clauses or task assignments of every indexed document as CSV or JSON (one row per clause).")
public final class ExtractCommand implements Callable<Integer> {
    enum What { targets, tasks }

    enum Format { csv, json }

    @Parameters(paramLabel = "WHAT", description = "targets or tasks")
    What what;

    @Mixin
    IndexOption index;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default ${DEFAULT-VALUE})")
    Format format;

    static final List<String> TARGET_COLUMNS = List.of("document_id", "number", "date", "type", "locality", "province",
            "current_province", "section", "page", "metric", "comparator", "value", "unit", "deadline", "sentence");
    static final List<String> TASK_COLUMNS = List.of("document_id", "number", "date", "type", "locality", "province",
            "current_province", "page", "task", "lead", "partners", "timeframe");

    @Override
    public Integer call() throws Exception {
        List<Map<String, Object>> rows = new ArrayList<>();
        try (org.vanban.index.DocumentSearch search = index.openSearch()) {
            search.forEachDocument(d -> {
                if (what == What.targets) {
                    for (TargetClause t : d.extraction().targets()) {
                        Map<String, Object> r = common(d);
                        r.put("section", t.sectionKind() == null ? "" : t.sectionKind().key());
                        r.put("page", t.page());
                        r.put("metric", t.metric());
                        r.put("comparator", t.comparator());
                        r.put("value", t.value());
                        r.put("unit", t.unit());
                        r.put("deadline", t.deadline());
                        r.put("sentence", t.sentence());
                        rows.add(r);
                    }
                } else {
                    for (TaskAssignment t : d.extraction().tasks()) {
                        Map<String, Object> r = common(d);
                        r.put("page", t.page());
                        r.put("task", t.task());
                        r.put("lead", t.lead());
                        r.put("partners", String.join("; ", t.partners()));
                        r.put("timeframe", t.timeframe());
                        rows.add(r);
                    }
                }
            });
        }
        Writer out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8));
        if (format == Format.json) {
            out.write(Json.PRETTY.writeValueAsString(rows));
            out.write('\n');
        } else {
            List<String> cols = what == What.targets ? TARGET_COLUMNS : TASK_COLUMNS;
            out.write(String.join(",", cols));
            out.write("\r\n");
            for (Map<String, Object> r : rows) {
                List<String> cells = new ArrayList<>();
                for (String c : cols) cells.add(csv(String.valueOf(r.getOrDefault(c, ""))));
                out.write(String.join(",", cells));
                out.write("\r\n");
            }
        }
        out.flush();
        return 0;
    }

    private static Map<String, Object> common(VanbanDocument d) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("document_id", d.id());
        r.put("number", d.header().number());
        r.put("date", d.header().date());
        r.put("type", d.header().type().key());
        r.put("locality", d.locality().name());
        r.put("province", d.locality().provinceName());
        List<String> now = d.locality().currentNames();
        r.put("current_province", now.isEmpty() ? "" : now.get(now.size() - 1));
        return r;
    }

    /** RFC 4180 quoting. */
    static String csv(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) return s;
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
