import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;

/**
 * Draws the README's scaling plot from bench/compare.sh's results files with nothing but Java2D: wall
 * time (solid) and CPU time (dashed) on the left, peak RSS on the right, against activity rows (log
 * scale); the median of each tool's runs per size, engine and DuckDB.
 *
 *   java bench/plot/Plot.java RESULTS.csv [MORE.csv ...] docs/perf-scaling.png
 */
public final class Plot {
    private static final int W = 1100;
    private static final int H = 460;
    private static final Color ENGINE = new Color(0xC0392B);
    private static final Color DUCKDB = new Color(0x2471A3);

    public static void main(String[] args) throws IOException {
        // tool -> rows -> {wall, GB, CPU} per run
        Map<String, Map<Long, List<double[]>>> runs = new TreeMap<>();
        for (int a = 0; a < args.length - 1; a++) {
            List<String> lines = Files.readAllLines(Path.of(args[a]), StandardCharsets.UTF_8);
            List<String> header = List.of(lines.get(0).split(","));
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                String tool = f[header.indexOf("tool")];
                long rows = Long.parseLong(f[header.indexOf("activities")]);
                double wall = Double.parseDouble(f[header.indexOf("wall_s")]);
                double gb = Double.parseDouble(f[header.indexOf("peak_rss_mb")]) / 1024.0;
                double cpu = Double.parseDouble(f[header.indexOf("cpu_s")]);
                runs.computeIfAbsent(tool, t -> new TreeMap<>()).computeIfAbsent(rows, r -> new ArrayList<>())
                        .add(new double[] {wall, gb, cpu});
            }
        }
        BufferedImage img = new BufferedImage(W, H, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, W, H);
        panel(g, runs, 0, 70, "seconds: wall (solid), CPU (dashed); medians", 2);
        panel(g, runs, 1, W / 2 + 40, "peak RSS (GB), median", -1);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        legend(g, ENGINE, "Xingzhi (bin/xingzhi run)", 90, H - 18);
        legend(g, DUCKDB, "DuckDB SQL (JDBC, 2 threads)", 330, H - 18);
        g.setColor(Color.DARK_GRAY);
        g.drawString("x: activity rows, log scale", 640, H - 14);
        g.dispose();
        ImageIO.write(img, "png", Path.of(args[args.length - 1]).toFile());
    }

    private static void legend(Graphics2D g, Color c, String label, int x, int y) {
        g.setColor(c);
        g.setStroke(new BasicStroke(3f));
        g.draw(new Line2D.Double(x, y - 5, x + 28, y - 5));
        g.setColor(Color.BLACK);
        g.drawString(label, x + 36, y);
    }

    /** One panel: series {@code which} solid and, when {@code dashed} is not negative, that series dashed on the same axes. */
    private static void panel(Graphics2D g, Map<String, Map<Long, List<double[]>>> runs, int which, int x0, String title, int dashed) {
        int left = x0;
        int top = 40;
        int width = W / 2 - 110;
        int height = H - 120;
        long minRows = Long.MAX_VALUE;
        long maxRows = 0;
        double maxY = 0;
        for (Map<Long, List<double[]>> byRows : runs.values()) {
            for (Map.Entry<Long, List<double[]>> e : byRows.entrySet()) {
                minRows = Math.min(minRows, e.getKey());
                maxRows = Math.max(maxRows, e.getKey());
                maxY = Math.max(maxY, median(e.getValue(), which));
                if (dashed >= 0) {
                    maxY = Math.max(maxY, median(e.getValue(), dashed));
                }
            }
        }
        double lo = Math.log10(minRows) - 0.1;
        double hi = Math.log10(maxRows) + 0.1;
        double yMax = niceCeiling(maxY * 1.1);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 15));
        g.setColor(Color.BLACK);
        g.drawString(title, left, top - 14);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.setStroke(new BasicStroke(1f));
        for (int i = 0; i <= 5; i++) {
            double v = yMax * i / 5;
            int y = top + height - (int) Math.round(height * v / yMax);
            g.setColor(new Color(0xDDDDDD));
            g.drawLine(left, y, left + width, y);
            g.setColor(Color.DARK_GRAY);
            g.drawString(v >= 10 || v == 0 ? String.format("%.0f", v) : String.format("%.1f", v), left - 34, y + 4);
        }
        for (int e = (int) Math.ceil(lo); e <= hi; e++) {
            for (int m : new int[] {1, 3}) {
                double lx = e + Math.log10(m);
                if (lx < lo || lx > hi) {
                    continue;
                }
                int x = left + (int) Math.round(width * (lx - lo) / (hi - lo));
                g.setColor(new Color(0xEEEEEE));
                g.drawLine(x, top, x, top + height);
                g.setColor(Color.DARK_GRAY);
                g.drawString(label((long) (m * Math.pow(10, e))), x - 12, top + height + 18);
            }
        }
        g.setColor(Color.BLACK);
        g.drawRect(left, top, width, height);
        for (Map.Entry<String, Map<Long, List<double[]>>> tool : runs.entrySet()) {
            g.setColor(tool.getKey().equals("engine") ? ENGINE : DUCKDB);
            if (dashed >= 0) {
                g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {7f, 5f}, 0f));
                int qx = -1;
                int qy = -1;
                for (Map.Entry<Long, List<double[]>> e : tool.getValue().entrySet()) {
                    int x = left + (int) Math.round(width * (Math.log10(e.getKey()) - lo) / (hi - lo));
                    int y = top + height - (int) Math.round(height * median(e.getValue(), dashed) / yMax);
                    if (qx >= 0) {
                        g.drawLine(qx, qy, x, y);
                    }
                    qx = x;
                    qy = y;
                }
            }
            g.setStroke(new BasicStroke(2.5f));
            int px = -1;
            int py = -1;
            for (Map.Entry<Long, List<double[]>> e : tool.getValue().entrySet()) {
                int x = left + (int) Math.round(width * (Math.log10(e.getKey()) - lo) / (hi - lo));
                double v = median(e.getValue(), which);
                int y = top + height - (int) Math.round(height * v / yMax);
                if (px >= 0) {
                    g.drawLine(px, py, x, y);
                }
                g.fillOval(x - 4, y - 4, 9, 9);
                // the engine's labels above its points, DuckDB's below, so that close points stay readable
                int ly = tool.getKey().equals("engine") ? y - 6 : y + 17;
                g.drawString(v >= 10 ? String.format("%.0f", v) : v >= 1 ? String.format("%.1f", v) : String.format("%.2f", v), x + 6, ly);
                px = x;
                py = y;
            }
        }
    }

    private static String label(long rows) {
        return rows >= 1_000_000 ? rows / 1_000_000 + "M" : rows / 1_000 + "k";
    }

    private static double median(List<double[]> values, int which) {
        double[] v = values.stream().mapToDouble(a -> a[which]).sorted().toArray();
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

    private static double niceCeiling(double v) {
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10}) {
            if (m * p >= v) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
