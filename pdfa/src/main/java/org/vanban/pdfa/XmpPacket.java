package org.vanban.pdfa;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The XMP metadata packet of a PDF/A-2u file: pdfaid part 2 conformance U, Dublin Core (title = trích yếu,
 * creator = issuing body, identifier = số và ký hiệu, date, type, coverage = locality, language vi), xmp and
 * pdf properties matching the Info dictionary, and the custom {@value #NS} properties declared in a PDF/A
 * extension schema (ISO 19005-2 §6.6.2.3) as PDF/A requires for any property outside the predefined schemas.
 */
final class XmpPacket {

    /** Namespace of vanban's archive properties (declared in the packet's extension schema). */
    static final String NS = "https://vanban.org/ns/archive/1.0/";
    static final String PREFIX = "vanban";

    /** name, description of each custom property; all of XMP type Text. */
    private static final String[][] CUSTOM = {
            {"soKyHieu", "Số và ký hiệu văn bản (document number and symbol), e.g. 39/KH-UBND"},
            {"ngayBanHanh", "Ngày tháng năm văn bản (date of issue), ISO 8601, possibly only year or year-month"},
            {"tenLoai", "Tên loại văn bản (document type), e.g. Kế hoạch"},
            {"coQuanBanHanh", "Tên cơ quan, tổ chức ban hành văn bản (issuing body)"},
            {"diaBan", "Địa bàn (administrative unit the document concerns)"},
            {"nguoiKy", "Họ tên người ký (signer)"},
    };

    private XmpPacket() { }

    static String of(ArchiveMetadata m, OffsetDateTime when, String producer, String creatorTool) {
        String stamp = when.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        StringBuilder x = new StringBuilder(4096);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\">\n")
                .append(" <pdfaid:part>2</pdfaid:part>\n <pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n")
                .append(" <dc:format>application/pdf</dc:format>\n");
        if (!m.title().isEmpty()) {
            x.append(" <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">").append(esc(m.title()))
                    .append("</rdf:li></rdf:Alt></dc:title>\n");
        }
        if (!m.issuer().isEmpty()) {
            x.append(" <dc:creator><rdf:Seq><rdf:li>").append(esc(m.issuer())).append("</rdf:li></rdf:Seq></dc:creator>\n");
        }
        if (!m.number().isEmpty()) x.append(" <dc:identifier>").append(esc(m.number())).append("</dc:identifier>\n");
        if (!m.date().isEmpty()) {
            x.append(" <dc:date><rdf:Seq><rdf:li>").append(m.date()).append("</rdf:li></rdf:Seq></dc:date>\n");
        }
        if (!m.type().isEmpty()) x.append(" <dc:type><rdf:Bag><rdf:li>").append(esc(m.type())).append("</rdf:li></rdf:Bag></dc:type>\n");
        if (!m.locality().isEmpty()) x.append(" <dc:coverage>").append(esc(m.locality())).append("</dc:coverage>\n");
        x.append(" <dc:language><rdf:Bag><rdf:li>vi</rdf:li></rdf:Bag></dc:language>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n")
                .append(" <xmp:CreateDate>").append(stamp).append("</xmp:CreateDate>\n")
                .append(" <xmp:ModifyDate>").append(stamp).append("</xmp:ModifyDate>\n")
                .append(" <xmp:MetadataDate>").append(stamp).append("</xmp:MetadataDate>\n")
                .append(" <xmp:CreatorTool>").append(esc(creatorTool)).append("</xmp:CreatorTool>\n")
                .append("</rdf:Description>\n");
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\">\n")
                .append(" <pdf:Producer>").append(esc(producer)).append("</pdf:Producer>\n")
                .append("</rdf:Description>\n");
        String[] values = {m.number(), m.date(), m.type(), m.issuer(), m.locality(), m.signer()};
        x.append("<rdf:Description rdf:about=\"\" xmlns:").append(PREFIX).append("=\"").append(NS).append("\">\n");
        for (int i = 0; i < CUSTOM.length; i++) {
            if (!values[i].isEmpty()) {
                x.append(' ').append('<').append(PREFIX).append(':').append(CUSTOM[i][0]).append('>').append(esc(values[i]))
                        .append("</").append(PREFIX).append(':').append(CUSTOM[i][0]).append(">\n");
            }
        }
        x.append("</rdf:Description>\n");
        extensionSchema(x);
        x.append("</rdf:RDF>\n</x:xmpmeta>\n");
        for (int i = 0; i < 20; i++) x.append("                                                                                \n");
        x.append("<?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static void extensionSchema(StringBuilder x) {
        x.append("<rdf:Description rdf:about=\"\" xmlns:pdfaExtension=\"http://www.aiim.org/pdfa/ns/extension/\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\">\n")
                .append(" <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType=\"Resource\">\n")
                .append("  <pdfaSchema:schema>vanban archive metadata of Vietnamese administrative documents</pdfaSchema:schema>\n")
                .append("  <pdfaSchema:namespaceURI>").append(NS).append("</pdfaSchema:namespaceURI>\n")
                .append("  <pdfaSchema:prefix>").append(PREFIX).append("</pdfaSchema:prefix>\n")
                .append("  <pdfaSchema:property><rdf:Seq>\n");
        for (String[] p : CUSTOM) {
            x.append("   <rdf:li rdf:parseType=\"Resource\"><pdfaProperty:name>").append(p[0])
                    .append("</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>")
                    .append("<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>")
                    .append(esc(p[1])).append("</pdfaProperty:description></rdf:li>\n");
        }
        x.append("  </rdf:Seq></pdfaSchema:property>\n </rdf:li></rdf:Bag></pdfaExtension:schemas>\n</rdf:Description>\n");
    }

    static String esc(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n') b.append(c);
                }
            }
        }
        return b.toString();
    }
}
