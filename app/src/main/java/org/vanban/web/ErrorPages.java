package org.vanban.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.handler.ErrorHandler;

/**
 * The server's own error pages, from {@code /pages/*.html} on the class path (they echo nothing of the request), and
 * Jetty's answer to a request it cannot parse (a bad escape such as {@code /%zz}, an ambiguous path, headers too
 * large): that one never reaches the routes, so it gets the security headers and a short page here instead of
 * Jetty's "Bad Message" text.
 */
final class ErrorPages extends ErrorHandler {
    static final String NOT_FOUND = read("not-found.html");
    static final String BAD_REQUEST = read("bad-request.html");

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        WebServer.SECURITY_HEADERS.forEach(fields::put);
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        fields.put(HttpHeader.CONTENT_TYPE, "text/html; charset=utf-8");
        return ByteBuffer.wrap(BAD_REQUEST.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(String name) {
        try (InputStream in = ErrorPages.class.getResourceAsStream("/pages/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource /pages/" + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
