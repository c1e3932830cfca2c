package org.vanban.structure;

import java.util.List;

/**
 * Header facts the {@link org.vanban.model.Header} record has no room for.
 *
 * @param signerName     name of the signer as written ("Nguyễn Văn A"), or ""
 * @param signerCapacity the signature block's title lines as written, joined with ", "
 *                       ("TM. ỦY BAN NHÂN DÂN, KT. CHỦ TỊCH, PHÓ CHỦ TỊCH"), or ""
 * @param recipients     the items under "Nơi nhận:", without their dashes ("UBND tỉnh", "Lưu: VT")
 * @param legalBases     the legal bases, each "Căn cứ ..." (or "Thực hiện ..." citing a document) paragraph
 *                       without its closing punctuation
 */
public record HeaderDetails(String signerName, String signerCapacity, List<String> recipients,
                            List<String> legalBases) {
    public static final HeaderDetails EMPTY = new HeaderDetails("", "", List.of(), List.of());

    public HeaderDetails {
        signerName = signerName == null ? "" : signerName;
        signerCapacity = signerCapacity == null ? "" : signerCapacity;
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    }
}
