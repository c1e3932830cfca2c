package org.vanban.web;

import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vanban.index.DocumentRecord;
import org.vanban.index.DocumentSearch;
import org.vanban.index.QueryWarnings;
import org.vanban.index.SearchHit;
import org.vanban.index.SearchRequest;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.VanbanDocument;

/**
 * The embedded HTTP server: JSON API under {@code /api} and the Vietnamese web UI (static files from
 * {@code /web} on the class path). Binds to 127.0.0.1 unless told otherwise. Errors are JSON
 * {@code {"status": 400, "error": "..."}} with the same HTTP status; stack traces never leave the server.
 *
 * <pre>
 * GET /api/info                                   document count
 * GET /api/search?q=&amp;type=&amp;section=&amp;locality=&amp;year=&amp;issuer=&amp;cites=&amp;fuzzy=&amp;limit=&amp;offset=&amp;facets=true
 *                  hits; with facets=true also the facet counts (as /api/facets) and an exact total
 * GET /api/facets?(same parameters)               facet counts; a dimension the request filters on is
 *                  counted without its own filter (drill sideways: the other values stay selectable)
 * GET /api/documents/{id}                         the whole document as docs/document.schema.json (vanban-document v2:
 *                                                 header, pages with corrections, sections, extraction), with
 *                                                 imagesAvailable and pdfAvailable beside it
 * GET /api/documents/{id}/pages/{n}/image         PNG of page n of the source scan
 * GET /api/targets?(same parameters)&amp;format=csv  target clauses (chỉ tiêu), JSON or CSV
 * GET /api/tasks?(same parameters)&amp;format=csv    task assignments, JSON or CSV
 * GET /api/compare?section=targets&amp;ids=a,b,c     one section kind of several documents side by side
 *                  (or q/locality/year/type instead of ids: the best documents having that section)
 * </pre>
 */
public final class WebServer implements AutoCloseable {
    /** Most rows of one CSV download. */
    public static final int MAX_CSV_ROWS = 10_000;
    /** Most documents in one comparison. */
    public static final int MAX_COMPARE = 6;
    /** Largest request body accepted (the API has no bodies; this only bounds abuse). */
    public static final long MAX_REQUEST_BYTES = 64 * 1024;

    private final Javalin app;
    private final DocumentSearch search;
    private final PageImages images = new PageImages();
    private final ArchivePdfs pdfs;
    private final ObjectMapper mapper;

    private WebServer(DocumentSearch search, java.nio.file.Path pdfDir) {
        this.search = search;
        this.pdfs = new ArchivePdfs(pdfDir);
        this.mapper = new ObjectMapper().setVisibility(PropertyAccessor.IS_GETTER, Visibility.NONE);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(mapper, false));
            config.http.maxRequestSize = MAX_REQUEST_BYTES;
            // requests Jetty cannot parse get the security headers too
            config.jetty.modifyServer(server -> server.setErrorHandler(new ErrorPages()));
            config.staticFiles.add(s -> {
                s.hostedPath = "/";
                s.directory = "/web";
                s.location = Location.CLASSPATH;
            });
        });
        routes();
    }

    /**
     * Starts a server over an open index.
     *
     * @param host address to bind, e.g. "127.0.0.1"
     * @param port port, 0 for any free port
     */
    public static WebServer start(DocumentSearch search, String host, int port) {
        return start(search, host, port, null);
    }

    /**
     * Like {@link #start(DocumentSearch, String, int)}, with the folder of the archive PDF/A files ({@code vanban pdf
     * --out}, {@code ingest --pdf-out}) behind {@code /api/documents/{id}/pdf}; null for a temp folder.
     */
    public static WebServer start(DocumentSearch search, String host, int port, java.nio.file.Path pdfDir) {
        WebServer server = new WebServer(search, pdfDir);
        server.app.start(host, port);
        return server;
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }

    private void routes() {
        app.before(WebServer::securityHeaders);
        app.before("/api/*", ctx -> {
            ctx.header("Cache-Control", "no-store");
            search.refresh();
        });
        app.get("/api/info", ctx -> ctx.json(Map.of("documents", search.documentCount())));
        app.get("/api/search", ctx -> {
            SearchRequest req = RequestParams.searchRequest(ctx, 20);
            Object results = search.search(req, RequestParams.booleanParam(ctx, "facets", false), null);
            ctx.json(withWarnings(results, QueryWarnings.of(req.query())));
        });
        app.get("/api/facets", ctx -> ctx.json(search.facets(RequestParams.searchRequest(ctx, 1))));
        app.get("/api/documents/{id}", ctx -> {
            VanbanDocument doc = document(ctx);
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("document", DocumentRecord.of(doc));
            out.put("imagesAvailable", PageImages.available(doc));
            out.put("pdfAvailable", pdfs.available(doc));
            ctx.json(out);
        });
        app.get("/api/documents/{id}/pdf", ctx -> {
            VanbanDocument doc = document(ctx);
            java.nio.file.Path pdf = pdfs.pdf(search, doc);
            ctx.header("Content-Disposition", "attachment; filename=\"" + pdf.getFileName() + "\"");
            ctx.result(java.nio.file.Files.readAllBytes(pdf));
            ctx.res().setCharacterEncoding(null);
            ctx.res().setContentType("application/pdf");
        });
        app.get("/api/documents/{id}/pages/{n}/image", ctx -> {
            VanbanDocument doc = document(ctx);
            int n;
            try {
                n = Integer.parseInt(ctx.pathParam("n"));
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("page number must be a whole number");
            }
            byte[] png = images.png(doc, n);
            ctx.header("Cache-Control", "private, max-age=3600");
            ctx.result(png);
            ctx.res().setCharacterEncoding(null); // no "; charset" on an image
            ctx.res().setContentType("image/png");
        });
        app.get("/api/targets", ctx -> {
            boolean csv = "csv".equalsIgnoreCase(RequestParams.param(ctx, "format"));
            SearchRequest req = RequestParams.searchRequest(ctx, csv ? MAX_CSV_ROWS : 50);
            if (csv) {
                attachment(ctx, "chi-tieu.csv", Csv.targets(search.searchTargets(req).hits()));
            } else {
                ctx.json(withWarnings(search.searchTargets(req), QueryWarnings.of(req.query())));
            }
        });
        app.get("/api/tasks", ctx -> {
            boolean csv = "csv".equalsIgnoreCase(RequestParams.param(ctx, "format"));
            SearchRequest req = RequestParams.searchRequest(ctx, csv ? MAX_CSV_ROWS : 50);
            if (csv) {
                attachment(ctx, "nhiem-vu.csv", Csv.tasks(search.searchTasks(req).hits()));
            } else {
                ctx.json(withWarnings(search.searchTasks(req), QueryWarnings.of(req.query())));
            }
        });
        app.get("/api/compare", this::compare);

        app.exception(ApiException.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("vanban serve: " + ctx.method() + " " + ctx.path() + ": " + e);
            error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            securityHeaders(ctx);
            String body = ctx.result();
            if (ctx.path().startsWith("/api/")) {
                if (body == null || !body.contains("\"error\"")) error(ctx, 404, "no such endpoint: " + RequestParams.shorten(ctx.path()));
            } else {
                // a page that does not exist: a short page of our own, never the path echoed back
                ctx.contentType("text/html; charset=utf-8").result(ErrorPages.NOT_FOUND);
            }
        });
        app.error(413, ctx -> error(ctx, 413, "request too large"));
    }

    /** The results as JSON, with a "warnings" array when the query has any. */
    private Object withWarnings(Object results, List<String> warnings) {
        if (warnings.isEmpty()) return results;
        com.fasterxml.jackson.databind.node.ObjectNode node = mapper.valueToTree(results);
        node.putPOJO("warnings", warnings);
        return node;
    }

    /** Headers every response carries, pages, API, images and errors alike. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; object-src 'none'; "
                    + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'");

    private static void securityHeaders(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    private VanbanDocument document(Context ctx) {
        String id = RequestParams.documentId(ctx);
        return search.get(id).orElseThrow(() -> ApiException.notFound("no document with id " + id));
    }

    private static void attachment(Context ctx, String name, String body) {
        ctx.contentType("text/csv; charset=utf-8");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        ctx.result(body);
    }

    private static void error(Context ctx, int status, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("error", message == null ? "error" : message);
        ctx.status(status).json(body);
    }

    /** One column of the compare view. */
    public record CompareColumn(String id, String title, String number, String date, String type, String locality,
                                String province, List<Section> sections) {}

    private void compare(Context ctx) {
        String sectionParam = RequestParams.param(ctx, "section");
        SectionKind kind;
        try {
            kind = RequestParams.blank(sectionParam) ? SectionKind.TARGETS
                    : org.vanban.index.QueryFilters.sectionKind(sectionParam);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest(e.getMessage());
        }
        int max = RequestParams.intParam(ctx, "limit", 4, 1, MAX_COMPARE);
        Set<String> ids = new LinkedHashSet<>();
        String idsParam = RequestParams.param(ctx, "ids");
        if (!RequestParams.blank(idsParam)) {
            for (String id : idsParam.split(",")) {
                if (id.isBlank()) continue;
                if (!id.strip().matches("[0-9a-f]{16}(-[0-9]{1,4})?")) throw ApiException.badRequest("not a document id: " + RequestParams.shorten(id));
                ids.add(id.strip());
            }
            if (ids.size() > MAX_COMPARE) throw ApiException.badRequest("at most " + MAX_COMPARE + " documents can be compared");
        } else {
            SearchRequest req = RequestParams.searchRequest(ctx, 50).withSection(kind).withPage(50, 0);
            for (SearchHit h : search.search(req).hits()) {
                if (ids.size() >= max) break;
                ids.add(h.docId());
            }
        }
        List<CompareColumn> columns = new ArrayList<>();
        for (String id : ids) {
            VanbanDocument d = search.get(id).orElseThrow(() -> ApiException.notFound("no document with id " + id));
            List<Section> sections = d.sections().stream().filter(s -> s.kind() == kind).toList();
            columns.add(new CompareColumn(d.id(), d.header().title(), d.header().number(), d.header().date(),
                    d.header().type().key(), d.locality().name().isBlank() ? d.header().place() : d.locality().name(),
                    d.locality().provinceName(), sections));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("section", kind.key());
        out.put("columns", columns);
        ctx.json(out);
    }
}
