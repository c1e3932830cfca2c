package org.vanban.lab.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.vanban.extract.Gazetteer;
import org.vanban.index.DocumentIndex;
import org.vanban.index.IndexSearch;
import org.vanban.index.SearchProfile;
import org.vanban.index.SearchRequest;
import org.vanban.index.SearchResults;
import org.vanban.model.DocType;
import org.vanban.model.Extraction;
import org.vanban.model.Header;
import org.vanban.model.LegalReference;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.Section;
import org.vanban.model.SectionKind;
import org.vanban.model.TargetClause;
import org.vanban.model.TaskAssignment;
import org.vanban.model.VanbanDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code vanban bench search}: builds a synthetic index of many sections (documents of many
 * localities and years, text from a corpus file or built-in templates), then reports the indexing
 * rate and the latency (p50, p95, p99) of distinct queries drawn from the indexed text ({@link DrawnQueries}: words,
 * folded words, phrases, fielded, faceted; none repeated, warm-up included), or with {@code --fixed-mix} of the
 * 40 fixed queries of {@link #mix} cycled. Goals: p95 ≤ 30 ms, p99 ≤ 100 ms.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
        description = "Search benchmark: synthetic index of N sections, indexing rate, query latency p50/p95/p99.")
public final class BenchSearchCommand implements Callable<Integer> {
    @Option(names = "--sections", defaultValue = "100000", paramLabel = "N",
            description = "sections to index (default: ${DEFAULT-VALUE}); each document has 6")
    int sections;

    @Option(names = "--corpus", paramLabel = "FILE",
            description = "text lines to build sections from (.txt or .txt.gz, e.g. shared/corpus/legal-vi.txt.gz); default: built-in templates")
    Path corpus;

    @Option(names = "--index", paramLabel = "DIR", description = "where to build the index (default: a temporary folder, deleted after)")
    Path index;

    @Option(names = "--queries", defaultValue = "5000", paramLabel = "N", description = "timed queries (default: ${DEFAULT-VALUE})")
    int queries;

    @Option(names = "--warmup", defaultValue = "500", paramLabel = "N", description = "untimed queries first (default: ${DEFAULT-VALUE})")
    int warmup;

    @Option(names = "--fixed-mix", description = "cycle the 40 fixed queries instead of drawing distinct ones from the indexed text")
    boolean fixedMix;

    /** Sections sampled for drawing queries. */
    static final int SAMPLED_SECTIONS = 20_000;

    @Option(names = "--reuse", description = "with --index: query the index already there instead of building one")
    boolean reuse;

    @Option(names = "--merge", defaultValue = "0", paramLabel = "N",
            description = "merge the index down to N segments after loading (default: no forced merge)")
    int merge;

    @Option(names = "--per-query", description = "also print the mean CPU time of each of the 40 fixed queries")
    boolean perQuery;

    @Option(names = "--seed", defaultValue = "42", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--compare", split = ",", paramLabel = "VARIANT",
            description = "also time these ways of running the mix, alternating query by query with the current one: "
                    + "APPROXIMATE_TOTALS, SEPARATE_FACETS, NO_FUZZY")
    List<Variant> compare;

    static final int SECTIONS_PER_DOCUMENT = 6;

    @Override
    public Integer call() throws Exception {
        if (sections < SECTIONS_PER_DOCUMENT) throw new IllegalArgumentException("--sections must be at least " + SECTIONS_PER_DOCUMENT);
        if (queries < 10) throw new IllegalArgumentException("--queries must be at least 10");
        boolean temporary = index == null;
        Path dir = temporary ? Files.createTempDirectory("vanban-bench-search") : index;
        try {
            Generator gen = new Generator(new Random(seed), corpus == null ? null : Generator.readLines(corpus, 300_000));
            DrawnQueries drawn = fixedMix ? null : new DrawnQueries(SAMPLED_SECTIONS, seed + 1);
            if (reuse) {
                if (temporary) throw new IllegalArgumentException("--reuse needs --index DIR");
                try (IndexSearch search = IndexSearch.open(dir)) {
                    System.out.printf(Locale.ROOT, "Querying the existing index %s (%d documents)%n", dir, search.documentCount());
                    if (drawn != null) {
                        // the same seed and options generate the same documents again: sample their text
                        int documents = (sections + SECTIONS_PER_DOCUMENT - 1) / SECTIONS_PER_DOCUMENT;
                        for (int i = 0; i < documents; i++) drawn.offer(gen.document(i));
                    }
                    runQueries(search, gen, drawn);
                }
                return 0;
            }
            int documents = (sections + SECTIONS_PER_DOCUMENT - 1) / SECTIONS_PER_DOCUMENT;
            System.out.printf(Locale.ROOT, "Indexing %d documents (%d sections, text from %s) into %s%n", documents,
                    documents * SECTIONS_PER_DOCUMENT, corpus == null ? "built-in templates" : corpus, dir);
            long t0 = System.nanoTime();
            try (DocumentIndex idx = DocumentIndex.open(dir)) {
                for (int i = 0; i < documents; i++) {
                    VanbanDocument doc = gen.document(i);
                    idx.upsert(doc);
                    if (drawn != null) drawn.offer(doc);
                    if ((i + 1) % 5000 == 0) {
                        System.out.printf(Locale.ROOT, "  %d documents, %.0f s%n", i + 1, (System.nanoTime() - t0) / 1e9);
                    }
                }
                if (merge > 0) idx.forceMerge(merge);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "Indexed %d documents / %d sections in %.1f s: %.0f documents/s, %.0f sections/s; index size %.0f MB%n",
                    documents, documents * SECTIONS_PER_DOCUMENT, seconds, documents / seconds,
                    documents * SECTIONS_PER_DOCUMENT / seconds, size(dir) / 1e6);
            try (IndexSearch search = IndexSearch.open(dir)) {
                runQueries(search, gen, drawn);
            }
        } finally {
            if (temporary) deleteTree(dir);
        }
        return 0;
    }

    /** A query of the mix: a search, or a search and its facet counts. */
    record MixQuery(String kind, SearchRequest request, boolean facets) {}

    static List<MixQuery> mix(Generator gen) {
        List<MixQuery> out = new ArrayList<>();
        for (String q : List.of("cải cách hành chính", "dịch vụ công trực tuyến", "chuyển đổi số", "hồ sơ đúng hạn",
                "cai cach thu tuc", "UBND huyện", "một cửa", "mức độ hài lòng", "ngân sách", "kiểm tra kỷ luật")) {
            out.add(new MixQuery("words", SearchRequest.of(q), false));
        }
        for (String q : List.of("\"thủ tục hành chính\"", "\"dịch vụ công trực tuyến\"", "\"một cửa liên thông\"",
                "\"chuyển đổi số\"", "\"cải cách hành chính\" -\"kinh phí\"", "\"hồ sơ\" OR \"thủ tục\"",
                "\"chinh quyen dien tu\"", "\"mức độ hài lòng\"", "\"số hóa hồ sơ\"", "\"văn bản quy phạm pháp luật\"")) {
            out.add(new MixQuery("phrases", SearchRequest.of(q), false));
        }
        List<String> provinces = gen.provinceKeys();
        for (int i = 0; i < 10; i++) {
            String p = provinces.get(i % provinces.size());
            String q = switch (i % 5) {
                case 0 -> "section:targets dịch vụ công locality:\"" + p + "\"";
                case 1 -> "locality:\"" + p + "\" year:2021..2025 kế hoạch";
                case 2 -> "type:quyet-dinh cải cách year:2019..2023";
                case 3 -> "cites:76/NQ-CP một cửa";
                default -> "issuer:UBND section:tasks \"thủ tục hành chính\"";
            };
            out.add(new MixQuery("fielded", SearchRequest.of(q), false));
        }
        for (int i = 0; i < 10; i++) {
            String p = provinces.get((i + 3) % provinces.size());
            SearchRequest r = switch (i % 5) {
                case 0 -> SearchRequest.of("cải cách hành chính");
                case 1 -> SearchRequest.of("dịch vụ công").withLocality(p);
                case 2 -> SearchRequest.of("").withYears(2021, 2025);
                case 3 -> SearchRequest.of("\"một cửa liên thông\"").withType(DocType.KE_HOACH);
                default -> SearchRequest.of("chuyển đổi số").withSection(SectionKind.TARGETS);
            };
            out.add(new MixQuery("faceted", r, true));
        }
        return out;
    }

    /** A way of running the mix: the current code path, or one of the alternatives compared against it. */
    enum Variant {
        /** Hits and facets in one call ({@code /api/search?facets=true}, the web UI), every match counted. */
        CURRENT,
        /** Totals exact up to 1000 documents, then block-max skipping of records that cannot reach the top. */
        APPROXIMATE_TOTALS,
        /** Faceted queries as two calls, search then facets ({@code /api/search} + {@code /api/facets}). */
        SEPARATE_FACETS,
        /** Fuzzy matching of long syllables switched off (the UI's checkbox). */
        NO_FUZZY
    }

    /** Latencies of one variant, by query class. */
    private static final class Timings {
        final Map<String, List<Double>> wall = new LinkedHashMap<>();
        final Map<String, List<Double>> cpu = new LinkedHashMap<>();
        final Map<String, SearchProfile> phases = new LinkedHashMap<>();
        final List<Double> allWall = new ArrayList<>();
        final List<Double> allCpu = new ArrayList<>();
        long hits;
    }

    private void runQueries(IndexSearch search, Generator gen, DrawnQueries drawn) {
        List<MixQuery> mix = mix(gen);
        // drawn: warm-up and timed queries are one list of distinct queries, the warm-up its first part
        List<MixQuery> all = drawn == null ? null : drawn.draw(warmup + queries);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        List<Variant> variants = new ArrayList<>(List.of(Variant.CURRENT));
        if (compare != null) variants.addAll(compare);
        for (int i = 0; i < warmup; i++) {
            MixQuery q = all == null ? mix.get(i % mix.size()) : all.get(i);
            for (Variant v : variants) run(search, q, v, null);
        }
        Map<Variant, Timings> byVariant = new LinkedHashMap<>();
        for (Variant v : variants) byVariant.put(v, new Timings());
        for (int i = 0; i < queries; i++) {
            MixQuery q = all == null ? mix.get(i % mix.size()) : all.get(warmup + i);
            // variants alternate query by query, so that load from other processes hits them alike
            for (int k = 0; k < variants.size(); k++) {
                Variant v = variants.get((i + k) % variants.size());
                Timings t = byVariant.get(v);
                SearchProfile profile = t.phases.computeIfAbsent(q.kind(), x -> new SearchProfile());
                long c = threads.getCurrentThreadCpuTime();
                long w = System.nanoTime();
                t.hits += run(search, q, v, profile);
                double ms = (System.nanoTime() - w) / 1e6;
                double cpuMs = (threads.getCurrentThreadCpuTime() - c) / 1e6;
                t.wall.computeIfAbsent(q.kind(), x -> new ArrayList<>()).add(ms);
                t.cpu.computeIfAbsent(q.kind(), x -> new ArrayList<>()).add(cpuMs);
                t.allWall.add(ms);
                t.allCpu.add(cpuMs);
            }
        }
        System.out.printf(Locale.ROOT, "Query latency over %d queries after %d warm-up (%s), ms;%n"
                + "wall clock (affected by other load on the machine) and CPU time of the searching thread%n"
                + "(load average %.1f on %d cores at the end):%n",
                queries, warmup, all == null ? mix.size() + " fixed queries cycled"
                        : (warmup + queries) + " distinct queries drawn from " + drawn.sampled() + " sampled sections, none repeated",
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
                Runtime.getRuntime().availableProcessors());
        for (Variant v : variants) {
            Timings t = byVariant.get(v);
            System.out.printf(Locale.ROOT, "%s (%d hits in all)%n", v.name().toLowerCase(Locale.ROOT).replace('_', '-'), t.hits);
            System.out.printf(Locale.ROOT, "  %-8s %7s %7s %7s %7s | %7s %7s %7s | cpu mean by phase: %s%n", "mix", "p50", "p95", "p99", "max",
                    "cpu p50", "cpu p95", "cpu p99", "parse / collect / highlight / stored / facets");
            t.wall.forEach((k, w) -> print(k, w, t.cpu.get(k), t.phases.get(k)));
            print("all", t.allWall, t.allCpu, null);
            System.out.printf(Locale.ROOT, "  Goal p95 <= 30 ms: wall %.1f, cpu %.1f; p99 <= 100 ms: wall %.1f, cpu %.1f%n",
                    percentile(t.allWall, 95), percentile(t.allCpu, 95), percentile(t.allWall, 99), percentile(t.allCpu, 99));
        }
        if (perQuery) {
            System.out.println("Mean CPU per query of the mix (5 runs), ms, and by phase (parse / collect / highlight / stored / facets):");
            for (MixQuery q : mix) {
                SearchProfile profile = new SearchProfile();
                long c = threads.getCurrentThreadCpuTime();
                for (int i = 0; i < 5; i++) run(search, q, Variant.CURRENT, profile);
                System.out.printf(Locale.ROOT, "  %6.1f ms cpu (%s) %-8s %s%s%n", (threads.getCurrentThreadCpuTime() - c) / 5e6,
                        phases(profile, 5), q.kind(), describe(q.request()), q.facets() ? " +facets" : "");
            }
        }
    }

    private static String phases(SearchProfile p, int runs) {
        StringBuilder sb = new StringBuilder();
        for (SearchProfile.Phase ph : SearchProfile.Phase.values()) {
            if (sb.length() > 0) sb.append(" / ");
            sb.append(String.format(Locale.ROOT, "%.1f", p.cpuNanos(ph) / 1e6 / runs));
        }
        return sb.toString();
    }

    static String describe(SearchRequest r) {
        StringBuilder sb = new StringBuilder(r.query());
        if (r.locality() != null) sb.append(" [locality=").append(r.locality()).append(']');
        if (r.type() != null) sb.append(" [type=").append(r.type().key()).append(']');
        if (r.section() != null) sb.append(" [section=").append(r.section().key()).append(']');
        if (r.yearFrom() != null) sb.append(" [year=").append(r.yearFrom()).append("..").append(r.yearTo()).append(']');
        return sb.toString();
    }

    private static long run(IndexSearch search, MixQuery q, Variant v, SearchProfile profile) {
        SearchRequest r = v == Variant.NO_FUZZY ? q.request().withFuzzy(false) : q.request();
        if (v == Variant.SEPARATE_FACETS && q.facets()) {
            return search.search(r, false, profile).total() + search.facets(r).documents();
        }
        search.setExactTotalUpTo(v == Variant.APPROXIMATE_TOTALS ? 1000 : IndexSearch.EXACT_TOTAL_UP_TO);
        SearchResults res = search.search(r, q.facets(), profile);
        return res.total() + (res.facets() == null ? 0 : res.facets().documents());
    }

    private static void print(String kind, List<Double> v, List<Double> cpu, SearchProfile phases) {
        System.out.printf(Locale.ROOT, "  %-8s %7.1f %7.1f %7.1f %7.1f | %7.1f %7.1f %7.1f | %s%n", kind, percentile(v, 50),
                percentile(v, 95), percentile(v, 99), percentile(v, 100), percentile(cpu, 50), percentile(cpu, 95),
                percentile(cpu, 99), phases == null ? "" : phases(phases, v.size()));
    }

    static double percentile(List<Double> values, double p) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        if (sorted.length == 0) return 0;
        int rank = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    private static long size(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }

    /** Synthetic plans and decisions of real localities (from the gazetteer), years 2016–2026. */
    static final class Generator {
        private static final DocType[] TYPES = {DocType.KE_HOACH, DocType.KE_HOACH, DocType.KE_HOACH,
                DocType.QUYET_DINH, DocType.QUYET_DINH, DocType.CHI_THI, DocType.NGHI_QUYET, DocType.BAO_CAO};
        private static final SectionKind[] KINDS = {SectionKind.PREAMBLE, SectionKind.PURPOSE, SectionKind.TARGETS,
                SectionKind.TASKS, SectionKind.IMPLEMENTATION, SectionKind.BUDGET};
        private static final String[] HEADINGS = {"", "I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ, GIẢI PHÁP",
                "IV. TỔ CHỨC THỰC HIỆN", "V. KINH PHÍ"};
        private static final String[] TOPICS = {"cải cách hành chính", "chuyển đổi số", "kiểm soát thủ tục hành chính",
                "xây dựng chính quyền điện tử", "nâng cao chỉ số hài lòng", "thực hiện cơ chế một cửa liên thông",
                "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "tăng cường kỷ luật, kỷ cương hành chính"};
        private static final String[] METRICS = {"tỷ lệ hồ sơ giải quyết đúng hạn", "tỷ lệ dịch vụ công trực tuyến toàn trình",
                "mức độ hài lòng của người dân", "tỷ lệ hồ sơ được số hóa", "tỷ lệ thanh toán trực tuyến",
                "tỷ lệ văn bản điện tử có ký số", "tỷ lệ thủ tục hành chính được cắt giảm"};
        private static final String[] AGENCIES = {"Văn phòng HĐND và UBND", "Phòng Nội vụ", "Phòng Tư pháp",
                "Phòng Văn hóa và Thông tin", "Phòng Tài chính - Kế hoạch", "Công an", "Bộ phận một cửa"};
        private static final String[] TEMPLATES = {
                "Đẩy mạnh %s, nâng cao chất lượng phục vụ người dân và doanh nghiệp.",
                "Phấn đấu %s đạt tối thiểu %d%% trong năm %d.",
                "Rà soát, đơn giản hóa thủ tục hành chính; công khai đầy đủ trên Cổng dịch vụ công trực tuyến của tỉnh.",
                "Duy trì hoạt động của Bộ phận một cửa liên thông, tiếp nhận và trả kết quả đúng hạn.",
                "UBND các xã, phường, thị trấn chịu trách nhiệm tổ chức thực hiện %s trên địa bàn.",
                "Kinh phí thực hiện từ nguồn ngân sách nhà nước được giao trong dự toán năm %d.",
                "Tăng cường kiểm tra kỷ luật, kỷ cương hành chính đối với cán bộ, công chức, viên chức.",
                "Triển khai số hóa hồ sơ, kết quả giải quyết thủ tục hành chính theo Đề án 06.",
                "Thực hiện nghiêm Nghị quyết số 76/NQ-CP của Chính phủ về Chương trình tổng thể cải cách hành chính.",
                "Báo cáo kết quả thực hiện về Phòng Nội vụ trước ngày 15 tháng 12 năm %d.",
                "Ứng dụng công nghệ thông tin, chuyển đổi số trong hoạt động của cơ quan hành chính nhà nước.",
                "Nâng cao mức độ hài lòng của người dân đối với sự phục vụ của cơ quan hành chính.",
                "Tổ chức tuyên truyền về %s bằng nhiều hình thức phù hợp.",
                "Kiện toàn đội ngũ công chức làm việc tại Bộ phận tiếp nhận và trả kết quả."};
        private static final String[] CITED = {"76/NQ-CP", "30c/NQ-CP", "05/NQ-CP", "06/QĐ-TTg", "61/2018/NĐ-CP"};

        private final Random rnd;
        private final List<String> lines;
        private final List<Locality> localities;

        Generator(Random rnd, List<String> lines) {
            this.rnd = rnd;
            this.lines = lines;
            this.localities = localities(rnd, 3000);
        }

        static List<String> readLines(Path file, int max) throws IOException {
            if (!Files.isRegularFile(file)) throw new IllegalArgumentException("corpus file not found: " + file);
            List<String> out = new ArrayList<>();
            try (InputStream raw = Files.newInputStream(file);
                 InputStream in = file.toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null && out.size() < max) {
                    if (line.length() >= 40) out.add(line.strip());
                }
            }
            if (out.isEmpty()) throw new IllegalArgumentException("no usable lines (40+ characters) in " + file);
            return out;
        }

        /** Districts and communes picked at random from the gazetteer, with their units today. */
        private static List<Locality> localities(Random rnd, int n) {
            Gazetteer g = Gazetteer.get();
            List<String> codes = new ArrayList<>();
            try (InputStream in = Gazetteer.class.getResourceAsStream("/gazetteer/units-2025-03.csv");
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                r.readLine();
                String line;
                while ((line = r.readLine()) != null) {
                    String[] f = line.split(",", -1);
                    if (f.length > 2 && !f[0].equals("1")) codes.add(f[1]);
                }
            } catch (IOException | NullPointerException e) {
                throw new IllegalStateException("cannot read the gazetteer units from the class path", e);
            }
            List<Locality> out = new ArrayList<>();
            while (out.size() < n && !codes.isEmpty()) {
                String code = codes.get(rnd.nextInt(codes.size()));
                g.unit(Gazetteer.Era.BEFORE_2025_07, code).ifPresent(u -> {
                    Gazetteer.Unit p = g.provinceOf(u);
                    String district = u.level() == 3 ? g.districtOf(u).map(Gazetteer.Unit::name).orElse("") : "";
                    List<Gazetteer.Unit> now = g.currentUnits(u);
                    out.add(new Locality(u.name(), u.levelName(), u.code(), p.name(), p.code(), district,
                            now.stream().map(Gazetteer.Unit::name).toList(), now.stream().map(Gazetteer.Unit::code).toList()));
                });
            }
            return out;
        }

        /** Folded short names of some provinces of the generated localities, for fielded queries. */
        List<String> provinceKeys() {
            return localities.stream().limit(50).map(l -> l.provinceName().replaceFirst("^(Tỉnh|Thành phố) ", ""))
                    .distinct().toList();
        }

        VanbanDocument document(int i) {
            Locality loc = localities.get(rnd.nextInt(localities.size()));
            DocType type = TYPES[rnd.nextInt(TYPES.length)];
            int year = 2016 + rnd.nextInt(11);
            String topic = TOPICS[rnd.nextInt(TOPICS.length)];
            String date = String.format(Locale.ROOT, "%d-%02d-%02d", year, 1 + rnd.nextInt(12), 1 + rnd.nextInt(28));
            String unit = Character.toLowerCase(loc.name().charAt(0)) + loc.name().substring(1);
            Header h = new Header(type, (1 + rnd.nextInt(300)) + "/" + type.abbreviation() + "-UBND",
                    loc.name().replaceFirst("^(Thị xã|Huyện|Quận|Thành phố|Xã|Phường|Thị trấn) ", ""), date,
                    "Ủy ban nhân dân " + unit, "", type.label() + " " + topic + " năm " + year);
            List<Section> sections = new ArrayList<>();
            StringBuilder[] pages = {new StringBuilder(h.issuer().toUpperCase(Locale.ROOT) + "\n" + h.title() + "\n"),
                    new StringBuilder()};
            for (int k = 0; k < KINDS.length; k++) {
                String body = paragraph(3 + rnd.nextInt(4), topic, year);
                int page = k < 3 ? 1 : 2;
                sections.add(new Section(KINDS[k], k == 0 ? "" : Integer.toString(k), HEADINGS[k], body, page, 1, 0, 0));
                pages[page - 1].append(HEADINGS[k]).append('\n').append(body).append('\n');
            }
            List<Page> pageList = List.of(new Page(1, pages[0].toString(), pages[0].toString(), 90, PageSource.OCR),
                    new Page(2, pages[1].toString(), pages[1].toString(), 90, PageSource.OCR));
            String metric = METRICS[rnd.nextInt(METRICS.length)];
            int value = 50 + rnd.nextInt(51);
            String agency = AGENCIES[rnd.nextInt(AGENCIES.length)];
            String cited = CITED[rnd.nextInt(CITED.length)];
            Extraction ex = new Extraction(
                    List.of(new TargetClause("Phấn đấu " + metric + " đạt " + value + "%", metric, "≥", Integer.toString(value),
                                    "%", Integer.toString(year), SectionKind.TARGETS, 1, 0, 10),
                            new TargetClause(metric + " đạt 100% vào năm " + (year + 1), metric, "=", "100", "%",
                                    Integer.toString(year + 1), SectionKind.TARGETS, 1, 0, 10)),
                    List.of(new TaskAssignment("Triển khai " + topic + " trên địa bàn", agency, List.of("Các phòng, ban"),
                            "Năm " + year, 2)),
                    List.of(new LegalReference(DocType.NGHI_QUYET, cited, "", "", cited, "số " + cited)));
            String id = String.format(Locale.ROOT, "%016x", 0xbe00000000000000L + i);
            return new VanbanDocument(id, "", id + id + id + id, "application/pdf", h, loc, sections, pageList, "", ex);
        }

        private String paragraph(int sentences, String topic, int year) {
            StringBuilder sb = new StringBuilder();
            for (int s = 0; s < sentences; s++) {
                if (sb.length() > 0) sb.append(' ');
                if (lines != null && rnd.nextInt(3) > 0) {
                    sb.append(lines.get(rnd.nextInt(lines.size())));
                } else {
                    String t = TEMPLATES[rnd.nextInt(TEMPLATES.length)];
                    // unused arguments are ignored by String.format
                    Object[] args = t.startsWith("Phấn đấu %s")
                            ? new Object[] {METRICS[rnd.nextInt(METRICS.length)], 50 + rnd.nextInt(51), year}
                            : t.contains("%s") ? new Object[] {topic} : new Object[] {year};
                    sb.append(String.format(Locale.ROOT, t, args));
                }
            }
            return sb.toString();
        }
    }
}
