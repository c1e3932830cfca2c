package org.vanban.spark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.vanban.ingest.FileWalker;

/**
 * The job's input files and how an executor reads one. Local paths are listed by core's {@link FileWalker}, as
 * {@code vanban ingest} lists them (absolute, hidden files and folders left out, a missing root listed so that the
 * report names it); any other URI ({@code hdfs://}, {@code s3a://}) through Hadoop's {@link FileSystem}, with the same
 * rule for hidden names. An executor reads a local file in place and copies a remote one to a temporary file (the
 * readers of PDF, Office and images need a file), keeping its name.
 */
final class InputFiles implements Serializable {
    /** The driver's Hadoop settings (credentials, endpoints), carried to the executors. */
    private final Map<String, String> hadoop;

    InputFiles(Configuration conf) {
        Map<String, String> m = new HashMap<>();
        for (Map.Entry<String, String> e : conf) m.put(e.getKey(), e.getValue());
        this.hadoop = m;
    }

    Configuration conf() {
        Configuration c = new Configuration(false);
        hadoop.forEach(c::set);
        return c;
    }

    /** Every input file: the {@code inputs} and the lines of {@code filesFrom}, walked, sorted, without duplicates. */
    List<String> list(List<String> inputs, String filesFrom) throws IOException {
        List<String> roots = new ArrayList<>(inputs);
        if (filesFrom != null) roots.addAll(readList(filesFrom));
        List<Path> local = new ArrayList<>();
        TreeSet<String> out = new TreeSet<>();
        for (String r : roots) {
            if (IndexTarget.isLocalPath(r)) local.add(r.startsWith("file:") ? Path.of(java.net.URI.create(r)) : Path.of(r));
            else listRemote(r, out);
        }
        for (Path p : FileWalker.list(local)) out.add(p.toString());
        return List.copyOf(out);
    }

    private List<String> readList(String list) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = open(list);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String s = line.strip();
                if (!s.isEmpty() && !s.startsWith("#")) lines.add(s);
            }
        }
        return lines;
    }

    private void listRemote(String root, TreeSet<String> out) throws IOException {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(root);
        FileSystem fs = p.getFileSystem(conf());
        if (!fs.exists(p)) {
            out.add(root); // reported as not found
            return;
        }
        FileStatus st = fs.getFileStatus(p);
        if (st.isFile()) {
            out.add(st.getPath().toString());
            return;
        }
        RemoteIterator<LocatedFileStatus> it = fs.listFiles(p, true);
        String base = st.getPath().toUri().getPath();
        while (it.hasNext()) {
            LocatedFileStatus f = it.next();
            String rel = f.getPath().toUri().getPath().substring(Math.min(base.length(), f.getPath().toUri().getPath().length()));
            if (!hidden(rel)) out.add(f.getPath().toString());
        }
    }

    /** Hidden as {@link FileWalker} has it: a name (of the file or a folder under the root) starting with a dot. */
    private static boolean hidden(String relative) {
        for (String part : relative.split("/")) if (part.startsWith(".")) return true;
        return false;
    }

    private InputStream open(String location) throws IOException {
        if (IndexTarget.isLocalPath(location)) return Files.newInputStream(localPath(location));
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
        return p.getFileSystem(conf()).open(p);
    }

    static Path localPath(String location) {
        return location.startsWith("file:") ? Path.of(java.net.URI.create(location)) : Path.of(location);
    }

    /**
     * The file at {@code location} as a local path for the readers: itself when local, else a temporary copy (deleted by
     * {@link Local#close}).
     */
    Local fetch(String location) throws IOException {
        if (IndexTarget.isLocalPath(location)) return new Local(localPath(location), null);
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(location);
        FileSystem fs = p.getFileSystem(conf());
        if (!fs.exists(p)) throw new java.nio.file.NoSuchFileException(location);
        Path dir = Files.createTempDirectory("vanban-spark-");
        Path copy = dir.resolve(p.getName().isEmpty() ? "file" : p.getName());
        try (InputStream in = fs.open(p)) {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            Files.deleteIfExists(copy);
            Files.deleteIfExists(dir);
            throw e;
        }
        return new Local(copy, dir);
    }

    /** A file on this machine; a temporary copy's folder is removed on close. */
    record Local(Path path, Path tempDir) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            if (tempDir == null) return;
            Files.deleteIfExists(path);
            Files.deleteIfExists(tempDir);
        }
    }
}
