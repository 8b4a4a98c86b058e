package io.github.dvckpi.testing;

import static com.google.common.base.Preconditions.checkArgument;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.zip.InflaterInputStream;

/**
 * A PNG image read into RGB pixels, for the tests that look at a browser's screenshot: 8-bit RGB or
 * RGBA, not interlaced (what Chromium writes). The library's module does not read {@code
 * java.desktop}, so this small decoder stands in for {@code ImageIO} in its tests.
 */
public final class Png {

  private static final long SIGNATURE = 0x89504E470D0A1A0AL;

  private final int width;
  private final int height;
  private final int[] rgb;

  private Png(int width, int height, int[] rgb) {
    this.width = width;
    this.height = height;
    this.rgb = rgb;
  }

  /**
   * Reads a PNG file.
   *
   * @param file the file
   * @return the image
   * @throws IOException if it cannot be read
   * @throws IllegalArgumentException if it is not an 8-bit, non-interlaced RGB or RGBA PNG
   */
  public static Png read(Path file) throws IOException {
    try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
      checkArgument(in.readLong() == SIGNATURE, "%s is not a PNG file", file);
      int width = 0;
      int height = 0;
      int channels = 0;
      ByteArrayOutputStream data = new ByteArrayOutputStream();
      while (true) {
        int length = in.readInt();
        byte[] type = new byte[4];
        in.readFully(type);
        byte[] chunk = new byte[length];
        in.readFully(chunk);
        in.readInt(); // CRC
        String name = new String(type, java.nio.charset.StandardCharsets.US_ASCII);
        if (name.equals("IHDR")) {
          DataInputStream header = new DataInputStream(new java.io.ByteArrayInputStream(chunk));
          width = header.readInt();
          height = header.readInt();
          int depth = header.readUnsignedByte();
          int colour = header.readUnsignedByte();
          header.readUnsignedByte(); // compression
          header.readUnsignedByte(); // filter method
          int interlace = header.readUnsignedByte();
          checkArgument(
              depth == 8 && (colour == 2 || colour == 6) && interlace == 0,
              "%s: only 8-bit non-interlaced RGB or RGBA is read, got depth %s, colour type %s,"
                  + " interlace %s",
              file,
              depth,
              colour,
              interlace);
          channels = colour == 6 ? 4 : 3;
        } else if (name.equals("IDAT")) {
          data.write(chunk);
        } else if (name.equals("IEND")) {
          break;
        }
      }
      checkArgument(channels > 0, "%s has no IHDR chunk", file);
      return new Png(width, height, decode(data.toByteArray(), width, height, channels));
    }
  }

  private static int[] decode(byte[] compressed, int width, int height, int channels)
      throws IOException {
    int stride = width * channels;
    byte[] previous = new byte[stride];
    byte[] line = new byte[stride];
    int[] out = new int[width * height];
    try (InputStream in = new InflaterInputStream(new java.io.ByteArrayInputStream(compressed))) {
      DataInputStream rows = new DataInputStream(in);
      for (int y = 0; y < height; y++) {
        int filter = rows.readUnsignedByte();
        rows.readFully(line);
        for (int i = 0; i < stride; i++) {
          int a = i >= channels ? line[i - channels] & 0xFF : 0;
          int b = previous[i] & 0xFF;
          int c = i >= channels ? previous[i - channels] & 0xFF : 0;
          int x = line[i] & 0xFF;
          int value =
              switch (filter) {
                case 0 -> x;
                case 1 -> x + a;
                case 2 -> x + b;
                case 3 -> x + (a + b) / 2;
                case 4 -> x + paeth(a, b, c);
                default -> throw new IllegalArgumentException("PNG filter " + filter);
              };
          line[i] = (byte) value;
        }
        for (int x = 0; x < width; x++) {
          int p = x * channels;
          out[y * width + x] =
              ((line[p] & 0xFF) << 16) | ((line[p + 1] & 0xFF) << 8) | (line[p + 2] & 0xFF);
        }
        byte[] swap = previous;
        previous = line;
        line = swap;
      }
    }
    return out;
  }

  private static int paeth(int a, int b, int c) {
    int p = a + b - c;
    int pa = Math.abs(p - a);
    int pb = Math.abs(p - b);
    int pc = Math.abs(p - c);
    if (pa <= pb && pa <= pc) {
      return a;
    }
    return pb <= pc ? b : c;
  }

  /**
   * The width.
   *
   * @return pixels
   */
  public int width() {
    return width;
  }

  /**
   * The height.
   *
   * @return pixels
   */
  public int height() {
    return height;
  }

  /**
   * How many pixels of a region have exactly a colour.
   *
   * @param colour {@code 0xRRGGBB}
   * @param top the first row of the region
   * @param bottom the row after the region
   * @return the count
   */
  public long count(int colour, int top, int bottom) {
    long n = 0;
    for (int i = top * width; i < Math.min(bottom, height) * width; i++) {
      if (rgb[i] == colour) {
        n++;
      }
    }
    return n;
  }

  /**
   * How many pixels of the whole image have exactly a colour.
   *
   * @param colour {@code 0xRRGGBB}
   * @return the count
   */
  public long count(int colour) {
    return count(colour, 0, height);
  }

  /**
   * How many different colours the image has.
   *
   * @return at least 1
   */
  public int colours() {
    Set<Integer> seen = new HashSet<>();
    for (int p : rgb) {
      seen.add(p);
    }
    return seen.size();
  }
}
