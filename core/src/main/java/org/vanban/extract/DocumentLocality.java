package org.vanban.extract;

import org.vanban.model.Header;
import org.vanban.model.Locality;
import org.vanban.model.Page;
import org.vanban.model.VanbanDocument;
import org.vanban.structure.DocumentPart;
import org.vanban.structure.DocumentText;
import org.vanban.structure.HeaderParser;

import java.util.ArrayList;
import java.util.List;

/**
 * The locality of the logical documents of one file, as the pipeline and the structure bench both
 * resolve it (one code path, so the bench measures what the pipeline does).
 *
 * <p>Each part is resolved from two readings ({@link LocalityResolver#resolveDetailed(List)}): its
 * repaired header and text, and the header parsed from its raw pages' text, since repair may change a
 * place name into a more frequent one ({@code HOI AN} → {@code HẢI AN}) while the raw OCR kept it. A
 * part attached to another (the plan a decision adopts) that names no unit of its own takes the
 * locality of the part it is attached to. Thread-safe.
 */
public final class DocumentLocality {
    private final LocalityResolver resolver;
    private final HeaderParser headers = new HeaderParser();

    /** Over the class-path gazetteer. */
    public DocumentLocality() {
        this(new LocalityResolver());
    }

    public DocumentLocality(LocalityResolver resolver) {
        if (resolver == null) throw new IllegalArgumentException("resolver must not be null");
        this.resolver = resolver;
    }

    /**
     * Resolves one logical document.
     *
     * @param header its header, parsed from the repaired text
     * @param text   its repaired text (pages joined with {@link VanbanDocument#PAGE_BREAK})
     * @param pages  its pages, whose raw text gives the second reading; may be empty
     */
    public LocalityResolver.Resolution resolve(Header header, String text, List<Page> pages) {
        if (header == null) throw new IllegalArgumentException("header must not be null");
        if (pages == null) throw new IllegalArgumentException("pages must not be null");
        return resolve(header, text, String.join(VanbanDocument.PAGE_BREAK, pages.stream().map(Page::rawText).toList()));
    }

    private LocalityResolver.Resolution resolve(Header header, String text, String raw) {
        List<LocalityResolver.Reading> readings = new ArrayList<>();
        readings.add(new LocalityResolver.Reading(header, text));
        if (!raw.isBlank() && !raw.equals(text)) readings.add(new LocalityResolver.Reading(headers.parse(raw), raw));
        return resolver.resolveDetailed(readings);
    }

    /**
     * Resolves the parts of one file, in order.
     *
     * @param parts   the parts as {@link org.vanban.structure.CompoundSplitter} gives them
     * @param headers their headers (parsed from the repaired text), same order
     */
    public List<Locality> resolveAll(List<DocumentPart> parts, List<Header> headers) {
        if (parts == null) throw new IllegalArgumentException("parts and headers must be given, one header per part");
        return resolveAll(parts, headers, parts.stream().map(p -> DocumentText.of(p.pages())).toList());
    }

    /** As {@link #resolveAll(List, List)}, with each part's text already built (one per part, same order). */
    public List<Locality> resolveAll(List<DocumentPart> parts, List<Header> headers, List<DocumentText> texts) {
        if (parts == null || headers == null || texts == null || parts.size() != headers.size()
                || parts.size() != texts.size()) {
            throw new IllegalArgumentException("parts and headers must be given, one header per part");
        }
        List<Locality> out = new ArrayList<>(parts.size());
        for (int k = 0; k < parts.size(); k++) {
            DocumentPart part = parts.get(k);
            DocumentText t = texts.get(k);
            Locality loc = resolve(headers.get(k), t.text(), t.rawText()).locality();
            int parent = part.attachedToIndex();
            if (!loc.isKnown() && parent > 0 && parent <= out.size()) loc = out.get(parent - 1);
            out.add(loc);
        }
        return out;
    }
}
