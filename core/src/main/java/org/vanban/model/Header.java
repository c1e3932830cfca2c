package org.vanban.model;

/**
 * Metadata from a document's header block.
 *
 * @param type           document type
 * @param number         number/symbol as written, e.g. "39/QĐ-UBND", or "" when absent
 * @param place          place of issue, e.g. "Phước Long"
 * @param date           ISO date "2025-07-31", or a partial ISO date "2021" or "2021-03" when
 *                       the day or month was left blank; "" when unknown
 * @param issuer         issuing body, e.g. "Ủy ban nhân dân thị xã Phước Long"
 * @param superiorIssuer the superior body written above the issuer, or ""
 * @param title          title (trích yếu), e.g. "Về việc ban hành Kế hoạch cải cách hành chính năm 2021"
 * @param signerName     name in the signature block, or ""
 * @param signerCapacity capacity lines joined, e.g. "TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH", or ""
 * @param recipients     the "Nơi nhận" list
 * @param legalBases     the "Căn cứ ..." lines
 */
public record Header(DocType type, String number, String place, String date, String issuer,
                     String superiorIssuer, String title, String signerName, String signerCapacity,
                     java.util.List<String> recipients, java.util.List<String> legalBases) {
    public static final Header EMPTY = new Header(DocType.UNKNOWN, "", "", "", "", "", "");

    /** A header without the closing-block details. */
    public Header(DocType type, String number, String place, String date, String issuer, String superiorIssuer,
                  String title) {
        this(type, number, place, date, issuer, superiorIssuer, title, "", "", java.util.List.of(), java.util.List.of());
    }

    /** The same header with the signature block, recipients and legal bases. */
    public Header withDetails(String signerName, String signerCapacity, java.util.List<String> recipients,
                              java.util.List<String> legalBases) {
        return new Header(type, number, place, date, issuer, superiorIssuer, title, signerName, signerCapacity,
                recipients, legalBases);
    }

    public Header {
        signerName = signerName == null ? "" : signerName;
        signerCapacity = signerCapacity == null ? "" : signerCapacity;
        recipients = recipients == null ? java.util.List.of() : java.util.List.copyOf(recipients);
        legalBases = legalBases == null ? java.util.List.of() : java.util.List.copyOf(legalBases);
        type = type == null ? DocType.UNKNOWN : type;
        number = number == null ? "" : number;
        place = place == null ? "" : place;
        date = date == null ? "" : date;
        issuer = issuer == null ? "" : issuer;
        superiorIssuer = superiorIssuer == null ? "" : superiorIssuer;
        title = title == null ? "" : title;
    }

    /** Year of issue, or 0 when unknown. */
    public int year() {
        return date.length() >= 4 && date.substring(0, 4).chars().allMatch(Character::isDigit)
                ? Integer.parseInt(date.substring(0, 4)) : 0;
    }
}
