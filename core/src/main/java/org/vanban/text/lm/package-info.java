/**
 * Syllable language model and diacritic restoration for Vietnamese (mô hình ngôn ngữ âm tiết, khôi phục dấu).
 *
 * <ul>
 *   <li>{@link org.vanban.text.lm.LmTrainer}: counts 1-4-grams of lower-cased syllables ({@code <num>} for numbers,
 *       {@code ,} kept, sentence punctuation ends a segment) and smooths them with interpolated modified
 *       Kneser-Ney; {@link org.vanban.text.lm.LmFile} writes/reads the compact deterministic binary
 *       ({@code models/vi-syllable.lm}); {@link org.vanban.text.lm.NgramModel} answers queries.</li>
 *   <li>{@link org.vanban.text.lm.SyllableInventory}: folded form ({@code tiep}) to accented forms
 *       ({@code tiếp, tiệp, ...}), from the model vocabulary.</li>
 *   <li>{@link org.vanban.text.lm.DiacriticRestorer}: beam search over accented candidates, case and
 *       non-word text kept; optional {@link org.vanban.text.lm.OcrChannel} for English-OCR damage.</li>
 *   <li>{@code org.vanban.lab.repair.RepairBench} and {@code OcrRepairBench} (in the lab): measurements on
 *       held-out lines; the train/test split rule is {@link org.vanban.text.lm.HeldOutSplit}
 *       (CRC-32 of the line's UTF-8 bytes divisible by 100 means test).</li>
 * </ul>
 */
package org.vanban.text.lm;
