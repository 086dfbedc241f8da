import java.awt.image.BufferedImage;
import java.io.File;
import java.util.Random;
import javax.imageio.ImageIO;

/** A photo that does not compress (random noise): java bench/faults/NoiseJpeg.java OUT.jpg WIDTH HEIGHT */
public class NoiseJpeg {
    public static void main(String[] args) throws Exception {
        int width = Integer.parseInt(args[1]), height = Integer.parseInt(args[2]);
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        var random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        ImageIO.write(image, "jpg", new File(args[0]));
    }
}
