package lifeline.ui.files;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.PixelReader;

/** JavaFX images as PNG bytes, through AWT's ImageIO (so without the javafx-swing module). */
public final class PngImages {
    private PngImages() {}

    public static BufferedImage toBufferedImage(Image image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        PixelReader reader = image.getPixelReader();
        if (reader == null || w <= 0 || h <= 0) {
            throw new IllegalArgumentException("the image has no pixels to export");
        }
        int[] argb = new int[w * h];
        reader.getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    public static byte[] encode(Image image) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (!ImageIO.write(toBufferedImage(image), "png", bytes)) {
            throw new IOException("this Java has no PNG writer");
        }
        return bytes.toByteArray();
    }
}
