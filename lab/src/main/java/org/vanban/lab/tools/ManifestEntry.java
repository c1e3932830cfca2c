package org.vanban.lab.tools;

import java.util.List;

/**
 * One file of the sample corpus as listed in {@code corpus/.manifest.json}.
 *
 * @param file           file name inside the corpus folder
 * @param source         id of the source text (file name under corpus-src without ".txt")
 * @param format         how it was made: scanned-pdf, mixed-pdf, born-digital-pdf, tiff, jpeg-photo,
 *                       docx, text-stripped, text-eng-ocr, html, text-utf8
 * @param mediaType      the media type a detector should find
 * @param pages          number of pages in the file (1 for text, HTML and DOCX files)
 * @param pageSources    expected {@link org.vanban.model.PageSource} of each page, by name
 * @param scanLevels     degradation of each page: "MILD", "HARSH", "PHOTO", "CLEAN" (rendered, no degradation) or
 *                       "" for pages that are not images
 * @param docType        {@link org.vanban.model.DocType} name, e.g. "KE_HOACH"
 * @param number         number as written, e.g. "39/KH-UBND"
 * @param title          trích yếu
 * @param issuer         issuing body as printed (lines joined by a space)
 * @param superiorIssuer superior body as printed, or ""
 * @param place          place name of the date line
 * @param date           ISO date
 * @param locality       gazetteer unit name, e.g. "Thị xã Phước Long"
 * @param localityCode   its GSO code in the gazetteer of the document's date
 * @param province       province of the unit at the document's date
 * @param phrases        two phrases (with diacritics) that occur in the body
 */
public record ManifestEntry(String file, String source, String format, String mediaType, int pages,
                            List<String> pageSources, List<String> scanLevels, String docType, String number,
                            String title, String issuer, String superiorIssuer, String place, String date,
                            String locality, String localityCode, String province, List<String> phrases) {
    public ManifestEntry {
        pageSources = pageSources == null ? List.of() : List.copyOf(pageSources);
        scanLevels = scanLevels == null ? List.of() : List.copyOf(scanLevels);
        phrases = phrases == null ? List.of() : List.copyOf(phrases);
    }
}
