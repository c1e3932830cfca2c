package org.vanban.ingest;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.vanban.model.PageSource;

/** Collects what a {@link SourceReader} delivers (images reduced to their size and type). */
final class RecordingSink implements PageSink {

    record Delivered(int number, String text, PageSource source, int width, int height, int imageType) {
        boolean isImage() {
            return source == null;
        }
    }

    final List<Delivered> pages = new ArrayList<>();

    @Override
    public void textPage(int number, String text, PageSource source) {
        pages.add(new Delivered(number, text, source, 0, 0, 0));
    }

    @Override
    public void imagePage(int number, BufferedImage greyImage) {
        pages.add(new Delivered(number, null, null, greyImage.getWidth(), greyImage.getHeight(), greyImage.getType()));
    }
}
