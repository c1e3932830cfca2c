package org.vanban.pdfa;

import org.vanban.model.DocType;
import org.vanban.model.Header;
import org.vanban.model.VanbanDocument;

/**
 * The document-level metadata written into the archive PDF's XMP packet and Info dictionary.
 *
 * @param title    trích yếu (dc:title, Info Title); the file name when the header gave none
 * @param issuer   cơ quan ban hành (dc:creator, Info Author), or ""
 * @param number   số và ký hiệu (dc:identifier and vanban:soKyHieu), or ""
 * @param date     ngày ban hành, ISO or partial ISO ("2021", "2021-03"), or ""
 * @param type     tên loại văn bản ("Kế hoạch"), or ""
 * @param locality địa bàn, the resolved unit's name, or ""
 * @param signer   người ký, or ""
 */
public record ArchiveMetadata(String title, String issuer, String number, String date, String type,
                              String locality, String signer) {
    public ArchiveMetadata {
        title = clean(title);
        issuer = clean(issuer);
        number = clean(number);
        date = clean(date);
        type = clean(type);
        locality = clean(locality);
        signer = clean(signer);
        if (!date.isEmpty() && !date.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("date must be ISO (YYYY, YYYY-MM or YYYY-MM-DD): " + date);
        }
    }

    /** The metadata of the first logical document of a file; {@code fallbackTitle} when it has no trích yếu. */
    public static ArchiveMetadata of(VanbanDocument doc, String fallbackTitle) {
        Header h = doc.header();
        String title = h.title().isBlank() ? fallbackTitle : h.title();
        String type = h.type() == DocType.UNKNOWN ? "" : h.type().label();
        return new ArchiveMetadata(title, h.issuer(), h.number(), h.date(), type, doc.locality().name(),
                h.signerName());
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").strip();
    }
}
