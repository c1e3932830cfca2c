package org.vanban.cli;

import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.vanban.index.IndexSearch;
import org.vanban.web.WebServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code vanban serve [--index DIR] [--port 8080] [--host 127.0.0.1]}: the web UI and JSON API. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the web UI (Vietnamese) and the JSON API over the index; stop with Ctrl-C.")
public final class ServeCommand implements Callable<Integer> {
    @Mixin
    IndexOption index;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "port (default: ${DEFAULT-VALUE}; 0 for any free port)")
    int port;

    @Option(names = "--host", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this computer only; 0.0.0.0 opens it to the network)")
    String host;

    @Option(names = "--pdf-dir", paramLabel = "DIR",
            description = "folder of the archive PDF/A files (vanban pdf --out / ingest --pdf-out) behind the \"Tải PDF/A\" link; missing ones are written there on demand (default: a temp folder)")
    java.nio.file.Path pdfDir;

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > 65535) throw new IllegalArgumentException("--port must be 0..65535, was " + port);
        org.vanban.index.DocumentSearch search = index.openSearch();
        WebServer server;
        try {
            server = WebServer.start(search, host, port, pdfDir);
        } catch (RuntimeException e) {
            search.close();
            throw new IllegalArgumentException("cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            search.close();
            stopped.countDown();
        }, "vanban-serve-shutdown"));
        String shown = host.equals("0.0.0.0") ? "127.0.0.1" : host;
        System.out.println("vanban: " + search.documentCount() + " document(s) in " + index.describe());
        System.out.println("vanban: open http://" + (shown.contains(":") ? "[" + shown + "]" : shown) + ":" + server.port()
                + "/ in a browser (Ctrl-C to stop)");
        if (!host.equals("127.0.0.1") && !host.equals("localhost") && !host.equals("::1")) {
            System.out.println("vanban: warning: listening on " + host + ": other computers can reach this server");
        }
        stopped.await();
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }
}
