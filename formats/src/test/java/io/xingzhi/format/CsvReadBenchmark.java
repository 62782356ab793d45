package io.xingzhi.format;

import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * Not a test: a throughput measurement of {@link CsvRowReader} (decode + split) on a generated
 * activities file (9 columns, Chinese text), read as the CSV adapter reads a file. Run with
 * {@code java -cp ... io.xingzhi.format.CsvReadBenchmark [rows] [utf-8|gb18030] [rounds]}; the class
 * path is formats', core's (with Guava and ICU4J) and Jackson's.
 */
public final class CsvReadBenchmark {
    private CsvReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Charset cs = args.length > 1 ? Charset.forName(args[1]) : StandardCharsets.UTF_8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path dir = Files.createTempDirectory("xingzhi-bench");
        Path file = dir.resolve("activities.csv");
        String[] surnames = {"张", "王", "李", "赵", "刘", "陈", "杨", "黄"};
        String[] given = {"伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军"};
        String[] venues = {"网吧", "酒吧", "KTV", "超市", "宾馆", "小学"};
        Random r = new Random(1);
        try (BufferedWriter w = Files.newBufferedWriter(file, cs)) {
            w.write("name,id_number,birth_date,occurred_on,category,venue_type,venue_name,description,agency\n");
            for (int i = 0; i < rows; i++) {
                w.write(surnames[r.nextInt(surnames.length)] + given[r.nextInt(given.length)] + ","
                        + (210600000000000000L + r.nextInt(1_000_000_000)) + ",,2024-0" + (1 + r.nextInt(9)) + "-1"
                        + r.nextInt(10) + " 12:30:00,场所出入," + venues[r.nextInt(venues.length)] + ",蓝调" + i % 100
                        + "号店,," + "公安局\n");
            }
        }
        System.out.printf("%s: %d rows, %.1f MB, %s%n", file, rows, Files.size(file) / 1e6, cs);
        CsvRowReader reader = new CsvRowReader();
        for (int round = 0; round < rounds; round++) {
            long[] seen = new long[2];
            long t = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                reader.read(Dataset.ACTIVITIES, "activities.csv", in, new RowVisitor() {
                    @Override
                    public void row(RawRow row) {
                        seen[0] += row.fields().size();
                    }

                    @Override
                    public void rejected(Rejection rejection) {
                        seen[1]++;
                    }
                });
            }
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("round %d: %.2f s, %.2f M rows/s (fields %d, rejected %d)%n", round, s, rows / s / 1e6,
                    seen[0], seen[1]);
        }
        Files.delete(file);
        Files.delete(dir);
    }
}
