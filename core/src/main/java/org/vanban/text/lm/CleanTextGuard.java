package org.vanban.text.lm;

import java.util.List;
import org.vanban.vi.Fold;
import org.vanban.vi.Letters;
import org.vanban.vi.Syllables;

/**
 * OCR mode (auto, the pipeline's default): recognises a line that is already correct Unicode Vietnamese, so that
 * the decoder keeps its known words and codes as they are instead of decoding them again. Clean text must come out
 * unchanged, and on such a line an accented word the model would rather see changed ({@code đề -> để},
 * {@code phân -> phần}) is far more often right as written than damaged.
 *
 * <p>A line is clean when it holds at least {@link #MIN_WORDS} words (codes in capitals not counted), at least {@link #ACCENTED_SHARE} of them are
 * known accented syllables, and at least one letter is Vietnamese-only ({@link Letters#isVietnameseOnly}: ă, đ, ơ,
 * ư, or a letter of the Vietnamese block such as ạ, ế). The last rule keeps English-model OCR out: its accents are
 * Latin-1 letters only ({@code viéc}, {@code déi}, {@code hién}), which a correct Vietnamese line of that length
 * practically never is.
 *
 * <p>On a clean line {@link #keeps} says which tokens stay fixed: known accented syllables, numbers, letter-digit
 * runs ({@code A1}, {@code 4u}), words in capitals of two letters or more (abbreviations, codes, names such as
 * {@code ND} in {@code 21.2023.ND.CP}) and capitalised accented syllables (names, seen in training or not). Plain words are still restored (a partly stripped line keeps working), and
 * unknown words still go to the OCR channel. With a channel table that prices tone changes (the Vietnamese-model OCR
 * section, {@code models/ocr-channel-vie.tsv}, which the pipeline's default table carries) a kept accented word may
 * still take the tone changes that model frequently makes ({@link #isCheapToneChange}: sắc read for hỏi,
 * {@code Kiếm -> Kiểm}), but no other change. Stateless.
 */
final class CleanTextGuard {

    /** Fewest words a line needs to be judged clean. */
    static final int MIN_WORDS = 3;
    /** Share of the words that must be known accented syllables. */
    static final double ACCENTED_SHARE = 0.5;

    private CleanTextGuard() {
    }

    /** True when {@code text} holds a Vietnamese-only letter (not Latin-1: ă â... except the Vietnamese ones). */
    static boolean hasVietnameseOnlyLetter(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (Letters.isVietnameseOnly(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the line ({@code tokens} of {@code text}) is correct Vietnamese by the rules of the class comment;
     * a word counts as known when the inventory saw it at least {@code minCount} times.
     */
    static boolean isClean(List<SyllableTokenizer.Token> tokens, String text, NgramModel model,
                           SyllableInventory inventory, int minCount) {
        if (!hasVietnameseOnlyLetter(text)) {
            return false;
        }
        int words = 0;
        int accented = 0;
        for (SyllableTokenizer.Token t : tokens) {
            if (t.kind() != SyllableTokenizer.Kind.WORD || t.attachedToDigit() || hasDigit(t.text())
                    || isCode(t.text())) {
                continue;
            }
            words++;
            if (isKnownAccented(t.text(), model, inventory, minCount)) {
                accented++;
            }
        }
        return words >= MIN_WORDS && accented >= ACCENTED_SHARE * words;
    }

    /** On a clean line: true when token {@code t} stays as it is (see the class comment). */
    static boolean keeps(SyllableTokenizer.Token t, NgramModel model, SyllableInventory inventory, int minCount) {
        return switch (t.kind()) {
            case NUMBER -> true;
            // a lower-case letter-digit run with a vowel (1am, d6ng) is a broken syllable, not a code: not kept
            case WORD -> (t.attachedToDigit() || hasDigit(t.text())) && !LineTokens.isLowerCaseMixedRun(t.text())
                    || isCode(t.text())
                    || isKnownAccented(t.text(), model, inventory, minCount) || isAccentedName(t.text());
            default -> false;
        };
    }

    /**
     * Most a tone change of a kept word may cost (log10, tone bias included): the learned confusions a
     * Vietnamese-model OCR makes often (sắc for hỏi, hỏi for ngang in the committed table, 3.5 and 4.1) pass; the
     * flat accented-line cost (4.5) and anything dearer, where the table has no evidence, do not.
     */
    static final double MAX_TONE_COST = 4.25;

    /** A kept word that a tone table may still retone: an accented word, not a code and without digits. */
    static boolean mayRetone(String word) {
        return Fold.hasDiacritics(word) && !isCode(word) && !hasDigit(word);
    }

    /** True when {@code tones} prices reading {@code observed} as {@code intended} at most {@link #MAX_TONE_COST}. */
    static boolean isCheapToneChange(String observed, String intended, ChannelTable tones) {
        return tones.toneCost(observed, intended) <= MAX_TONE_COST;
    }

    /** Two or more letters, none lower-case: an abbreviation, a code or a name in capitals. */
    static boolean isCode(String word) {
        if (word.length() < 2) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (Character.isLowerCase(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A capitalised accented word of valid syllable shape: a proper name ({@code Tén}, {@code Còng}), seen or not. */
    static boolean isAccentedName(String word) {
        return Character.isUpperCase(word.charAt(0)) && Fold.hasDiacritics(word)
                && Syllables.isValid(Letters.lower(word));
    }

    private static boolean isKnownAccented(String word, NgramModel model, SyllableInventory inventory, int minCount) {
        if (!Fold.hasDiacritics(word)) {
            return false;
        }
        String lower = Letters.lower(word);
        if (!Syllables.isValid(lower)) {
            return false;
        }
        int id = model.id(lower);
        return id != ModelData.UNK && inventory.count(id) >= minCount;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
