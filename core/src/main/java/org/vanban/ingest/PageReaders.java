package org.vanban.ingest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;

/**
 * The page readers by media type. {@link #installed()} holds the readers found on the class path through
 * {@link ServiceLoader}; {@link #of} builds a registry from given readers (tests, embedders).
 *
 * <p>A type goes to the reader claiming it; else, as in Tika's composite parser, to the reader of its nearest
 * supertype in Tika's type registry whose reader {@linkplain PageReader#readsSubtypes() reads subtypes}
 * ({@code text/x-java-source} goes to the reader of {@code text/plain}). Immutable and thread-safe.
 */
public final class PageReaders {

    private final List<PageReader> readers;
    private final Map<MediaType, PageReader> byType = new LinkedHashMap<>();
    private final MediaTypeRegistry types;

    private PageReaders(List<PageReader> readers, MediaTypeRegistry types) {
        this.readers = List.copyOf(readers);
        this.types = types;
        for (PageReader reader : this.readers) {
            for (MediaType type : reader.mediaTypes()) {
                PageReader before = byType.putIfAbsent(type.getBaseType(), reader);
                if (before != null) {
                    throw new IllegalStateException(type + " is claimed by two page readers: "
                            + before.getClass().getName() + " and " + reader.getClass().getName());
                }
            }
        }
    }

    /** The readers on the class path ({@code META-INF/services/org.vanban.ingest.PageReader}), in file order. */
    public static PageReaders installed() {
        return Installed.READERS;
    }

    /** A registry of exactly these readers; two readers claiming one type is an error. */
    public static PageReaders of(List<? extends PageReader> readers) {
        return new PageReaders(new ArrayList<>(readers), SourceReader.TikaHolder.REGISTRY);
    }

    /**
     * The reader for {@code type} (parameters ignored), or that of its nearest supertype whose reader reads subtypes;
     * empty when none reads it.
     */
    public Optional<PageReader> find(MediaType type) {
        MediaType base = type.getBaseType();
        PageReader exact = byType.get(base);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (MediaType t = types.getSupertype(base); t != null; t = types.getSupertype(t)) {
            PageReader reader = byType.get(t);
            if (reader != null && reader.readsSubtypes()) {
                return Optional.of(reader);
            }
        }
        return Optional.empty();
    }

    /** The readers, in registration order. */
    public List<PageReader> readers() {
        return readers;
    }

    /** What the readers read, for messages: "PDF, TIFF, PNG, JPEG and plain text". */
    public String formatNames() {
        List<String> names = new ArrayList<>();
        for (PageReader reader : readers) {
            String n = reader.formatNames();
            if (n != null && !n.isBlank()) {
                names.add(n);
            }
        }
        if (names.size() <= 1) {
            return String.join("", names);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    /** Loaded once, on first use. */
    private static final class Installed {
        static final PageReaders READERS = load();

        private static PageReaders load() {
            List<PageReader> found = new ArrayList<>();
            ServiceLoader.load(PageReader.class, PageReader.class.getClassLoader()).forEach(found::add);
            if (found.isEmpty()) {
                throw new IllegalStateException("no page readers on the class path "
                        + "(META-INF/services/" + PageReader.class.getName() + " is missing)");
            }
            return of(found);
        }
    }
}
