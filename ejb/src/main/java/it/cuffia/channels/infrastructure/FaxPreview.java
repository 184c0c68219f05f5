package it.cuffia.channels.infrastructure;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The first pages of a faxed document as PNG images, so an agent reads the fax on its ticket without
 * downloading it: PDF pages rendered by PDFBox, TIFF pages read by the JDK's TIFF reader (it decodes the fax
 * compressions CCITT Group 3 and 4). At most {@link #PAGES} pages, about {@link #WIDTH} pixels wide, in grey.
 */
public final class FaxPreview {

    public static final int PAGES = 2;
    static final int WIDTH = 900;
    private FaxPreview() {
    }

    public static boolean canPreview(String contentType) {
        return "application/pdf".equals(contentType) || "image/tiff".equals(contentType);
    }

    /** The pages as PNG; a document that cannot be rendered gives an exception with the reason. */
    public static List<byte[]> pages(String contentType, byte[] content) throws IOException {
        return "application/pdf".equals(contentType) ? pdf(content) : tiff(content);
    }

    private static List<byte[]> pdf(byte[] content) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(content)) {
            PDFRenderer renderer = new PDFRenderer(document);
            for (int i = 0; i < Math.min(PAGES, document.getNumberOfPages()); i++) {
                float widthPoints = document.getPage(i).getMediaBox().getWidth();
                float scale = widthPoints <= 0 ? 1 : Math.min(3f, WIDTH / widthPoints);
                pages.add(png(renderer.renderImage(i, scale, ImageType.GRAY)));
            }
        }
        return pages;
    }

    private static List<byte[]> tiff(byte[] content) throws IOException {
        List<byte[]> pages = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("no reader for this TIFF");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                int count = reader.getNumImages(true);
                for (int i = 0; i < Math.min(PAGES, count); i++) {
                    pages.add(png(scaled(reader.read(i))));
                }
            } finally {
                reader.dispose();
            }
        }
        return pages;
    }

    private static BufferedImage scaled(BufferedImage page) {
        if (page.getWidth() <= WIDTH) {
            return page;
        }
        int height = Math.max(1, page.getHeight() * WIDTH / page.getWidth());
        BufferedImage out = new BufferedImage(WIDTH, height, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(page, 0, 0, WIDTH, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, "png", out)) {
            throw new IOException("no PNG writer");
        }
        return out.toByteArray();
    }
}
