/**
 * The bottom of the house: Vietnamese letters, accent folding, tones, syllable validity and abbreviations, one place for
 * each.
 * Depends on nothing of vanban (only ICU4J's normalisation data), so every stage may use it.
 *
 * <ul>
 *   <li>{@link org.vanban.vi.Fold}: accent folding (bỏ dấu), char by char (offsets kept) or by decomposition;</li>
 *   <li>{@link org.vanban.vi.Letters}: the 134 letters outside ASCII, the vowels and tone marks, case helpers;</li>
 *   <li>{@link org.vanban.vi.ToneMarks}: the tone of a char or syllable and the char without it;</li>
 *   <li>{@link org.vanban.vi.Syllables}: a plausible syllable (lenient) and a well-formed one (strict);</li>
 *   <li>{@link org.vanban.vi.Abbreviations}: the abbreviations of administrative writing and their expansions.</li>
 * </ul>
 */
package org.vanban.vi;
