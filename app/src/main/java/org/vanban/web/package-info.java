/**
 * HTTP API and web UI (giao diện tra cứu) over a vanban index, on an embedded Javalin (Jetty) server.
 *
 * <ul>
 *   <li>{@link org.vanban.web.WebServer}: starts the server (127.0.0.1 by default) with the JSON API
 *       and the static Vietnamese UI from {@code /web} on the class path.</li>
 *   <li>{@link org.vanban.web.RequestParams}: query parameters to {@link org.vanban.index.SearchRequest}, with limits.</li>
 *   <li>{@link org.vanban.web.PageImages}: page images of the source scans, rendered on demand.</li>
 *   <li>{@link org.vanban.web.Csv}: CSV of target clauses and task assignments.</li>
 * </ul>
 */
package org.vanban.web;
