package it.cuffia.channels.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;

class FaxPreviewTest {

    @Test
    void theFirstTwoPagesOfAPdfBecomePngs() throws IOException {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i < 3; i++) {
                document.addPage(new PDPage(PDRectangle.A4));
            }
            document.save(pdf);
        }
        List<byte[]> pages = FaxPreview.pages("application/pdf", pdf.toByteArray());
        assertEquals(FaxPreview.PAGES, pages.size());
        BufferedImage first = ImageIO.read(new ByteArrayInputStream(pages.get(0)));
        assertEquals(FaxPreview.WIDTH, first.getWidth(), 1);
    }

    @Test
    void aTiffFaxInCcittGroup4IsReadByTheJdk() throws IOException {
        byte[] tiff = g4Tiff(1728, 2200);
        List<byte[]> pages = FaxPreview.pages("image/tiff", tiff);
        assertEquals(1, pages.size());
        BufferedImage page = ImageIO.read(new ByteArrayInputStream(pages.get(0)));
        assertEquals(FaxPreview.WIDTH, page.getWidth());
        assertTrue(page.getHeight() > 1000);
    }

    @Test
    void aBrokenDocumentSaysSo() {
        assertThrows(IOException.class, () -> FaxPreview.pages("application/pdf", "%PDF-1.4 nothing".getBytes()));
    }

    /** A fax page as a gateway sends it: 1-bit, CCITT T.6 (Group 4), standard fax width. */
    static byte[] g4Tiff(int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D g = image.createGraphics();
        g.setColor(java.awt.Color.WHITE);
        g.fillRect(0, 0, width, height);
        g.setColor(java.awt.Color.BLACK);
        g.drawString("Richiesta di disdetta", 100, 200);
        g.dispose();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType("CCITT T.6");
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
