package org.vanban.pipeline;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Lists the files to ingest under files and folders, recursively, in a stable order.
 * A named file that does not exist is listed all the same, so that the run reports it as failed.
 * Hidden files and folders (names starting with '.') are skipped; symbolic links are followed, loops are not.
 */
public final class FileWalker {
    private FileWalker() {}

    public static List<Path> list(List<Path> roots) throws IOException {
        Set<Path> out = new LinkedHashSet<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                // a missing file is listed too: the report then says it was not found

                out.add(root.toAbsolutePath().normalize());
                continue;
            }
            List<Path> found = new ArrayList<>();
            Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(root) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (!hidden(file) && (attrs.isRegularFile() || attrs.isOther())) found.add(file.toAbsolutePath().normalize());
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    // unreadable entries and link loops still reach the report as failed files
                    found.add(file.toAbsolutePath().normalize());
                    return FileVisitResult.CONTINUE;
                }
            });
            found.sort(null);
            out.addAll(found);
        }
        return List.copyOf(out);
    }

    private static boolean hidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
