package io.xingzhi.format;

import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.Dates;
import io.xingzhi.core.value.IdNumber;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Not a test: a throughput measurement of {@link CsvRowReader} on a generated activities file (9
 * columns, Chinese text, valid identity numbers), read as the CSV adapter reads a file: in mode
 * {@code decode} every row decoded and split into strings; in mode {@code screen} with a
 * {@link RowScreen} making the engine's checks of a row about a number nobody watches (the number,
 * the dates: {@link IdNumber#isNormalValid}, {@link Dates#isPlainValid}), so rows are settled from
 * their bytes on every core. Run with
 * {@code java -cp ... io.xingzhi.format.CsvReadBenchmark [rows] [utf-8|gb18030] [rounds] [decode|screen]};
 * the class path is formats', core's (with Guava and ICU4J) and Jackson's.
 */
public final class CsvReadBenchmark {
    private CsvReadBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        Charset cs = args.length > 1 ? Charset.forName(args[1]) : StandardCharsets.UTF_8;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        boolean screen = args.length > 3 && args[3].equals("screen");
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
                        + number(r) + ",,2024-0" + (1 + r.nextInt(9)) + "-1"
                        + r.nextInt(10) + " 12:30:00,场所出入," + venues[r.nextInt(venues.length)] + ",蓝调" + i % 100
                        + "号店,," + "公安局\n");
            }
        }
        System.out.printf("%s: %d rows, %.1f MB, %s%n", file, rows, Files.size(file) / 1e6, cs);
        CsvRowReader reader = new CsvRowReader();
        for (int round = 0; round < rounds; round++) {
            long[] seen = new long[3];
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

                    @Override
                    public RowScreen screen(SourceRef ref, List<String> names) {
                        return screen ? new RowScreen() {
                            @Override
                            public int[] columns() {
                                return new int[] {1, 3, 2};
                            }

                            @Override
                            public boolean settles(byte[] line, int[] from, int[] to) {
                                return IdNumber.isNormalValid(line, from[0], to[0]) && Dates.isPlainValid(line, from[1], to[1])
                                        && (from[2] == to[2] || Dates.isPlainValid(line, from[2], to[2]));
                            }
                        } : null;
                    }

                    @Override
                    public void settled() {
                        seen[2]++;
                    }
                });
            }
            double s = (System.nanoTime() - t) / 1e9;
            System.out.printf("round %d: %.2f s, %.2f M rows/s (fields %d, rejected %d, settled %d)%n", round, s,
                    rows / s / 1e6, seen[0], seen[1], seen[2]);
        }
        Files.delete(file);
        Files.delete(dir);
    }

    /** A valid 18-character number of someone born in the 1960s to 1990s. */
    private static String number(Random r) {
        String body = String.format("210602%d%02d%02d%03d", 1960 + r.nextInt(40), 1 + r.nextInt(12), 1 + r.nextInt(28),
                r.nextInt(1000));
        return body + IdNumber.checkCharacter(body);
    }
}
