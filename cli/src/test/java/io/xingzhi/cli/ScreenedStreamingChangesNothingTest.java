package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.adapter.csv.CsvRecordSource;
import io.xingzhi.core.engine.Engine;
import io.xingzhi.core.lead.LeadIdKey;
import io.xingzhi.core.port.ForwardingRowVisitor;
import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.port.RowVisitor;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.run.RunResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Screening the streamed activities from their bytes (the CSV reader's fast lane, the engine's
 * {@code StreamedRowScreen}) changes what a run costs, never what it finds: on a generated county whose
 * activities were damaged line by line (broken dates, numbers, quotes, bytes, field counts, placeholders
 * such as 1900-01-01 and 无 that the mapping reads as blank) and a
 * second activities file with Chinese headers, a birth-date column, a byte-order mark and CRLF, and
 * whose business registrations were damaged too (dates, numbers, quotes, field counts), a
 * run with the screen and a run through a source that hides it give equal results - leads, counts,
 * kept rejections, identity statistics - and the same rejections, in the same order, to the sink;
 * and the screen did settle most rows.
 */
class ScreenedStreamingChangesNothingTest {
    private static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    @Test
    void aRunWithTheScreenEqualsARunWithoutIt(@TempDir Path dir) throws IOException {
        Path data = dir.resolve("data");
        assertThat(XingzhiCli.execute("generate", "--out", data.toString(), "--persons", "600", "--activities", "30000",
                "--seed", "23", "--as-of", AS_OF.toString())).isZero();
        Path activities = data.resolve("activities.csv");
        List<String> lines = Files.readAllLines(activities, StandardCharsets.UTF_8);
        damage(data, lines, new Random(23));

        AtomicLong settled = new AtomicLong();
        AtomicLong settledRegistrations = new AtomicLong();
        List<String> screenedSink = new ArrayList<>();
        RunResult screened = run(counting(new CsvRecordSource(data), settled, settledRegistrations), screenedSink);
        List<String> plainSink = new ArrayList<>();
        RunResult plain = run(hidingTheScreen(new CsvRecordSource(data)), plainSink);

        assertThat(settled.get()).as("rows settled by the screen").isGreaterThan(lines.size() / 2);
        assertThat(settledRegistrations.get()).as("registrations settled by the screen").isPositive();
        assertThat(plainSink).as("rejections of the run without a screen").hasSizeGreaterThan(100);
        assertThat(screenedSink).containsExactlyElementsOf(plainSink);
        assertThat(screened.report()).isEqualTo(plain.report());
        assertThat(screened.leads()).isNotEmpty().containsExactlyElementsOf(plain.leads());
    }

    /**
     * Breaks or re-dresses about 3 % of the activity lines (padded, quoted, Excel-dated, ...), and adds
     * a second file of the same rows in another dress.
     */
    private static void damage(Path data, List<String> lines, Random r) throws IOException {
        List<String> out = new ArrayList<>(List.of(lines.get(0)));
        List<String> quirky = new ArrayList<>(List.of("姓名,身份证号,出生日期,发生时间,记录类型,场所类型,场所名称,内容,来源单位"));
        for (String l : lines.subList(1, lines.size())) {
            String[] f = l.split(",", 4);
            if (f.length == 4) {
                String id = f[1];
                String birth = switch (r.nextInt(8)) {
                    case 0 -> id.length() == 18 ? id.substring(6, 10) + "-" + id.substring(10, 12) + "-" + id.substring(12, 14) : "";
                    case 1 -> "1990-02-30";
                    case 2 -> "  ";
                    case 3 -> "1900-01-01"; // the day systems write for no date: blank
                    case 4 -> "无";
                    default -> "";
                };
                if (r.nextInt(10) == 0) {
                    quirky.add(String.join(",", f[0], id, birth, f[2], f[3]));
                }
            }
            if (r.nextInt(33) == 0) {
                l = switch (r.nextInt(21)) {
                    case 0 -> l.replaceFirst(",", ",,");
                    case 1 -> l + ",x";
                    case 2 -> l.replaceFirst("-(\\d\\d)-", "-13-");
                    case 3 -> "\"" + l;
                    case 4 -> l.replaceFirst(",", ",\"abc\"d,");
                    case 5 -> l.replaceFirst("-", "/").replaceFirst("-", "/");
                    case 6 -> l.replaceFirst(" ", "T");
                    case 7 -> l.replaceFirst("20(\\d\\d)-", "17$1-");
                    case 8 -> " " + l;
                    case 9 -> l.replaceFirst("X,", "x,");
                    case 10 -> l.replaceFirst(",(\\d{6})", ",99");
                    case 11 -> l.replaceFirst(",(\\d{17}[0-9X]),", ",$1  ,"); // padded as a CHAR(20) column
                    case 12 -> l.replaceFirst(",(\\d{4})-0?(\\d{1,2})-0?(\\d{1,2})", ",$1/$2/$3"); // Excel's dates
                    case 13 -> l.replaceFirst("(\\d\\d:\\d\\d:\\d\\d),", "$1.0,"); // a database's timestamp
                    case 14 -> l.replaceFirst(",(\\d{17}[0-9X]),", ",\"$1\","); // a quoted number
                    case 15 -> l.replaceFirst("(\\d\\d:\\d\\d:\\d\\d),", "$1\t,");
                    case 16 -> l.replaceFirst(",(\\d{17}[0-9X]),", ",\"$1 \",");
                    case 17 -> l.replaceFirst(",\\d{4}-\\d\\d-\\d\\d", ",1900-01-01"); // no date: a required day blank
                    case 18 -> l.replaceFirst(",\\d{4}-\\d\\d-\\d\\d[ T\\d:.]*,", ",无,");
                    case 19 -> l.replaceFirst(",(\\d{17}[0-9X]),", ",=\"$1\",");
                    default -> l.replaceFirst(",(\\d{17})", ", $1");
                };
            }
            out.add(l);
        }
        byte[] body = (String.join("\n", out) + "\n").getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[body.length + 2];
        int cut = body.length / 2;
        while (body[cut] != '\n') {
            cut++;
        }
        System.arraycopy(body, 0, broken, 0, cut + 1);
        broken[cut + 1] = (byte) 0xff; // an undecodable byte at the start of a line
        broken[cut + 2] = (byte) 0xfe;
        System.arraycopy(body, cut + 1, broken, cut + 3, body.length - cut - 1);
        Files.write(data.resolve("activities.csv"), broken);
        // the registrations, screened too: about 5 % with a bad or unusual date, number or field count
        Path registrations = data.resolve("business_registrations.csv");
        List<String> reg = Files.readAllLines(registrations, StandardCharsets.UTF_8);
        List<String> damaged = new ArrayList<>(List.of(reg.get(0)));
        for (String l : reg.subList(1, reg.size())) {
            if (r.nextInt(20) == 0) {
                l = switch (r.nextInt(9)) {
                    case 6 -> l.replaceFirst(",\\d{4}-\\d\\d-\\d\\d", ",1899-12-30");
                    case 7 -> l.replaceFirst(",\\d{4}-\\d\\d-\\d\\d", ",NULL");
                    case 8 -> l.replaceFirst(",\\d{4}-\\d\\d-\\d\\d", ",-");
                    case 0 -> l.replaceFirst(",(\\d{4})-(\\d\\d)-\\d\\d", ",$1-$2-31");
                    case 1 -> l.replaceFirst(",(\\d{4})-(\\d\\d)-(\\d\\d)", ",$1/$2/$3");
                    case 2 -> l.replaceFirst(",(\\d{17})[0-9X],", ",$1x,");
                    case 3 -> l.replaceFirst(",(\\d{4}-\\d\\d-\\d\\d)", ",\"$1\"");
                    case 4 -> l + ",extra";
                    default -> l.replaceFirst(",(\\d{4})-", ",20x-");
                };
            }
            damaged.add(l);
        }
        Files.write(registrations, (String.join("\n", damaged) + "\n").getBytes(StandardCharsets.UTF_8));
        Files.writeString(data.resolve("activities_2.csv"), "\uFEFF" + String.join("\r\n", quirky) + "\r\n");
    }

    private static RunResult run(RecordSource source, List<String> sink) {
        Clock clock = Clock.fixed(Instant.parse("2024-10-02T00:00:00Z"), ZoneOffset.UTC);
        return Engine.builder().source(source).clock(clock).leadIdKey(LeadIdKey.of(new byte[LeadIdKey.BYTES]))
                .rejections(rej -> sink.add(rej.ref() + " " + rej.reason())).build().run(AS_OF);
    }

    /** The source, its visitors counting the rows the screen settled. */
    private static RecordSource counting(RecordSource source, AtomicLong settled, AtomicLong settledRegistrations) {
        return new Delegating(source) {
            @Override
            public void read(Dataset dataset, RowVisitor visitor) {
                source.read(dataset, new ForwardingRowVisitor(visitor) {
                    @Override
                    public void settled() {
                        settled(1);
                    }

                    @Override
                    public void settled(int rows) {
                        settled.addAndGet(rows);
                        if (dataset == Dataset.BUSINESS_REGISTRATIONS) {
                            settledRegistrations.addAndGet(rows);
                        }
                        target.settled(rows);
                    }
                });
            }
        };
    }

    /** The source, its visitors never offering a screen: every row is delivered as a row. */
    private static RecordSource hidingTheScreen(RecordSource source) {
        return new Delegating(source) {
            @Override
            public void read(Dataset dataset, RowVisitor visitor) {
                source.read(dataset, new Forwarding(visitor));
            }
        };
    }

    private abstract static class Delegating implements RecordSource {
        final RecordSource source;

        Delegating(RecordSource source) {
            this.source = source;
        }

        @Override
        public Set<Dataset> available() {
            return source.available();
        }

        @Override
        public List<String> describe(Dataset dataset) {
            return source.describe(dataset);
        }

        @Override
        public long size(Dataset dataset) {
            return source.size(dataset);
        }

        @Override
        public List<io.xingzhi.core.run.SourceNote> notes() {
            return source.notes();
        }
    }

    /** Every call passed on but the screen, which the source is never offered. */
    private static class Forwarding extends ForwardingRowVisitor {
        Forwarding(RowVisitor visitor) {
            super(visitor);
        }

        @Override
        public RowScreen screen(SourceRef ref, List<String> names) {
            return null;
        }
    }
}
