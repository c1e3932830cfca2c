package org.vanban.cli;

import org.vanban.index.DocumentRecord;

import org.vanban.model.Page;
import org.vanban.model.PageSource;
import org.vanban.model.VanbanDocument;
import org.vanban.pipeline.DocumentBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vanban structure < text}: repair + structure + extraction of one plain text document, as JSON. */
@Command(name = "structure", mixinStandardHelpOptions = true,
        description = {"Run repair, structure and extraction on one plain-text document from stdin and print the JSON",
                "(documents of a compound text, sections, targets, tasks, references, locality). Form feeds split pages."})
public final class StructureCommand implements Callable<Integer> {
    @Option(names = "--source", defaultValue = "ocr", description = "how the text was made: ocr or text (default ${DEFAULT-VALUE})")
    String source;

    @Override
    public Integer call() throws Exception {
        String input = RepairCommand.decode(System.in);
        PageSource ps = switch (source.toLowerCase(java.util.Locale.ROOT)) {
            case "ocr" -> PageSource.OCR;
            case "text" -> PageSource.TEXT_FILE;
            default -> throw new IllegalArgumentException("--source must be ocr or text, was '" + source + "'");
        };
        List<Page> pages = new ArrayList<>();
        String[] parts = input.split("\f", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i == parts.length - 1 && parts[i].isBlank() && i > 0) break;
            pages.add(new Page(i + 1, parts[i], parts[i], -1, ps));
        }
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(input.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        List<VanbanDocument> docs = new DocumentBuilder().buildAll("<stdin>", sha, "text/plain", pages);
        List<DocumentRecord> out = docs.stream().map(DocumentRecord::of).toList();
        Json.PRETTY.writeValue(System.out, out.size() == 1 ? out.get(0) : out);
        System.out.println();
        return 0;
    }
}
