package org.vanban.ingest;

/**
 * What {@link SourceReader#read} found out about a source file.
 *
 * @param mediaType the media type detected from the file's content (e.g. {@code application/pdf})
 * @param pageCount number of pages delivered to the {@link PageSink}
 */
public record SourceInfo(String mediaType, int pageCount) {
}
