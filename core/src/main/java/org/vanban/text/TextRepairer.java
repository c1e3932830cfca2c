package org.vanban.text;

import org.vanban.model.Correction;
import org.vanban.text.lm.DiacriticRestorer;
import org.vanban.text.lm.ModelLocator;
import org.vanban.text.lm.NgramModel;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The repair engine the pipeline and {@code vanban repair} run: legacy encodings → Unicode (NFC), first-pass
 * clean-up, diacritic restoration and OCR-confusion repair with the syllable language model, the tone-mark
 * placement the input itself uses. Thread-safe; load once and share.
 *
 * <p>{@link #repairPage} may join hyphenated lines and drop noise lines (a page); {@link #repairLine} never
 * changes the number of lines (the {@code repair} command promises one output line per input line).
 */
public final class TextRepairer {
    /** The result: repaired text and the changes the language model made (offsets into {@code text}). */
    public record Result(String text, List<Correction> corrections) {
        public Result {
            corrections = corrections == null ? List.of() : List.copyOf(corrections);
        }
    }

    private static volatile TextRepairer standard;

    private final PageRepair pagePass;
    private final PageRepair linePass = new PageRepair(List.of(new UnicodeNormalizer(), new ToneMarkNormalizer()));
    private final ToneMarkNormalizer toOld = new ToneMarkNormalizer(ToneMarkNormalizer.Style.OLD);
    private final ToneMarkNormalizer toNew = new ToneMarkNormalizer(ToneMarkNormalizer.Style.NEW);
    private final UnaryOperator<String> legacy;
    private final DiacriticRestorer ascii;
    private final DiacriticRestorer ocr;
    /** For text the OCR stage read ({@link RepairMode#OCR}): as {@link #ocr} without the clean-line guard. */
    private final DiacriticRestorer ocrPages;

    /**
     * @param model  the syllable model, or null for first-pass repair only
     * @param legacy legacy-encoding decoder applied per line before anything else (identity when none)
     */
    public TextRepairer(NgramModel model, UnaryOperator<String> legacy) {
        this(model, legacy, new PageRepair());
    }

    /**
     * @param pagePass the first-pass chain run on whole pages (the default: {@link PageRepair#PageRepair()})
     */
    public TextRepairer(NgramModel model, UnaryOperator<String> legacy, PageRepair pagePass) {
        this.pagePass = pagePass;
        this.legacy = legacy == null ? UnaryOperator.identity() : legacy;
        this.ascii = model == null ? null : new DiacriticRestorer(model, DiacriticRestorer.Options.defaults());
        this.ocr = model == null ? null : new DiacriticRestorer(model, DiacriticRestorer.Options.forOcr());
        // pages the OCR stage read: a Vietnamese model's misreadings are known accented words, so no line is taken
        // as clean text (on rendered fax and phone pages the clean-line guard cost 0.2-0.36 points of SER)
        this.ocrPages = model == null ? null
                : new DiacriticRestorer(model, DiacriticRestorer.Options.forOcr().withKeepCleanLines(false));
    }

    /** The engine with the committed model ({@link ModelLocator}), loaded once per JVM. */
    public static TextRepairer standard() {
        TextRepairer r = standard;
        if (r == null) {
            synchronized (TextRepairer.class) {
                r = standard;
                if (r == null) {
                    r = new TextRepairer(NgramModel.standard(), LegacyText.decoder());
                    standard = r;
                }
            }
        }
        return r;
    }

    /** True when a language model is loaded (else only the first pass runs). */
    public boolean hasModel() {
        return ascii != null;
    }

    /** Repairs a page: may join hyphenated line breaks and drop lines of scanner noise. */
    public Result repairPage(String raw, RepairMode mode) {
        String decoded = decodeLegacy(raw, mode);
        return inStyleOf(decoded, restore(pagePass.repair(decoded), mode));
    }

    /** Repairs one line or several without ever adding or removing a line. */
    public Result repairLines(String raw, RepairMode mode) {
        String decoded = decodeLegacy(raw, mode);
        return inStyleOf(decoded, restore(linePass.repair(decoded), mode));
    }

    /**
     * Writes the open clusters (oa, oe, uy) in the tone placement the input uses ({@link ToneMarkNormalizer#dominant}):
     * both placements are correct Vietnamese, so repair keeps the document's own convention instead of imposing one
     * (the passes before the model write the old style it was trained on). Length-preserving: offsets stay valid.
     */
    private Result inStyleOf(String input, Result repaired) {
        ToneMarkNormalizer tone = ToneMarkNormalizer.dominant(input) == ToneMarkNormalizer.Style.NEW ? toNew : toOld;
        return new Result(tone.apply(repaired.text()), repaired.corrections());
    }

    private String decodeLegacy(String raw, RepairMode mode) {
        if (raw == null) throw new IllegalArgumentException("text must not be null");
        return mode == RepairMode.AUTO || mode == RepairMode.LEGACY ? legacy.apply(raw) : raw;
    }

    private Result restore(String text, RepairMode mode) {
        DiacriticRestorer r = switch (mode) {
            case NONE -> null;
            case ASCII -> ascii;
            case OCR -> ocrPages;
            case AUTO, LEGACY -> ocr;
        };
        if (r == null) return new Result(text, List.of());
        DiacriticRestorer.Result restored = ListLabels.apply(keepSectionNumerals(r.restoreText(text)));
        // the model may prefer either tone placement: inStyleOf writes the whole output in the input's own, once
        return new Result(restored.text(), restored.corrections());
    }

    /** A roman section number as OCR misreads it: {@code Il.}, {@code Ill.}, {@code IIl.}, {@code L.}. */
    private static final java.util.regex.Pattern ROMAN_LIKE = java.util.regex.Pattern.compile("[IVXLl1|]{1,5}");

    /**
     * Undoes changes to a line-leading roman section number followed by '.' or ',' ({@code Ill. TO CHUC} must not
     * become {@code Iii. TỔ CHỨC}): the structure stage reads those misreadings as numbers, the language model would
     * turn them into words. Offsets of the later changes are shifted accordingly.
     */
    static DiacriticRestorer.Result keepSectionNumerals(DiacriticRestorer.Result in) {
        String text = in.text();
        List<Correction> kept = new java.util.ArrayList<>(in.corrections().size());
        StringBuilder out = null;
        int copied = 0;
        int shift = 0;
        for (Correction c : in.corrections()) {
            boolean lineStart = c.start() == 0 || text.charAt(c.start() - 1) == '\n' || text.charAt(c.start() - 1) == '\r';
            boolean dotAfter = c.end() < text.length() && (text.charAt(c.end()) == '.' || text.charAt(c.end()) == ',');
            if (lineStart && dotAfter && ROMAN_LIKE.matcher(c.original()).matches()) {
                if (out == null) out = new StringBuilder(text.length());
                out.append(text, copied, c.start()).append(c.original());
                copied = c.end();
                shift += c.original().length() - (c.end() - c.start());
            } else {
                kept.add(shift == 0 ? c : new Correction(c.start() + shift, c.end() + shift, c.original(),
                        c.replacement(), c.confidence()));
            }
        }
        if (out == null) return in;
        out.append(text, copied, text.length());
        return new DiacriticRestorer.Result(out.toString(), kept);
    }
}
