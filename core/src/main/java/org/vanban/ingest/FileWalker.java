package org.vanban.ingest;

import java.io.IOException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.TreeSet;

/**
 * Lists the regular files under some roots: recursive, sorted, without hidden files or directories
 * (name starting with '.'). Symbolic links are followed, but a link that loops back to one of its
 * ancestors is skipped, and each real file is listed once.
 */
public final class FileWalker {

    private FileWalker() {
    }

    /**
     * @param roots files or directories; a root that is a regular file is listed as is (even if hidden)
     * @return absolute, normalised paths of the regular files, sorted, without duplicates
     * (a root that does not exist, and an entry that cannot be read, are listed as they are, so that
     * the caller reports them)
     * @throws IOException         on other errors walking a directory
     */
    public static List<Path> list(List<Path> roots) throws IOException {
        // path -> real path; sorted, so the first path (in sort order) of a file reached twice wins
        java.util.TreeMap<Path, Path> found = new java.util.TreeMap<>();
        for (Path root : roots) {
            Path abs = root.toAbsolutePath().normalize();
            if (!Files.exists(abs)) {
                // listed all the same: the ingest report then says it was not found
                found.putIfAbsent(abs, abs);
                continue;
            }
            if (Files.isRegularFile(abs)) {
                found.putIfAbsent(abs, abs.toRealPath());
                continue;
            }
            Files.walkFileTree(abs, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                            if (!dir.equals(abs) && isHidden(dir)) {
                                return FileVisitResult.SKIP_SUBTREE;
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                            if (attrs.isRegularFile() && !isHidden(file)) {
                                found.putIfAbsent(file, file.toRealPath());
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException exc) {
                            // a symlink cycle is skipped; an unreadable entry is listed so the report names it
                            if (!(exc instanceof java.nio.file.FileSystemLoopException)) {
                                found.putIfAbsent(file, file);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        }
        List<Path> out = new ArrayList<>();
        TreeSet<Path> seenReal = new TreeSet<>();
        for (var e : found.entrySet()) {
            if (seenReal.add(e.getValue())) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    private static boolean isHidden(Path p) {
        Path name = p.getFileName();
        return name != null && name.toString().startsWith(".");
    }
}
