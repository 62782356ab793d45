package io.xingzhi.format;

import io.xingzhi.testkit.CollectingVisitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.RawRow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The CSV row reader on bytes as agencies export them: encodings, quoting, broken lines. Each case
 * reads one source from an {@link InputStream}, as the CSV adapter (a file) and the REST adapter (an
 * HTTP body) both do.
 */
class CsvRowReaderTest {
    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final String SOURCE = "custody.csv";

    private static CollectingVisitor read(String text) throws IOException {
        return read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static CollectingVisitor read(byte[] bytes) throws IOException {
        return read(new CsvRowReader(), bytes);
    }

    private static CollectingVisitor read(CsvRowReader reader, byte[] bytes) throws IOException {
        CollectingVisitor c = new CollectingVisitor();
        reader.read(Dataset.CUSTODY, SOURCE, new ByteArrayInputStream(bytes), c);
        return c;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    @Test
    void theHeaderIsAnnouncedOnceBeforeTheRowsAndCanBeReadAlone() throws IOException {
        byte[] bytes = "\uFEFF姓名,身份证号,入所日期\r\n张三,,2024-01-01\r\n".getBytes(StandardCharsets.UTF_8);
        List<String> events = new java.util.ArrayList<>();
        new CsvRowReader().read(Dataset.CUSTODY, SOURCE, new ByteArrayInputStream(bytes), new io.xingzhi.core.port.RowVisitor() {
            @Override
            public void header(io.xingzhi.core.record.SourceRef ref, List<String> names) {
                events.add("header " + ref.line() + " " + names);
            }

            @Override
            public void row(io.xingzhi.core.record.RawRow row) {
                events.add("row " + row.ref().line());
            }

            @Override
            public void rejected(io.xingzhi.core.record.Rejection rejection) {
                events.add("rejected");
            }
        });
        assertThat(events).containsExactly("header 1 [姓名, 身份证号, 入所日期]", "row 2");
        assertThat(new CsvRowReader().header(SOURCE, new ByteArrayInputStream(bytes))).containsExactly("姓名", "身份证号", "入所日期");
        assertThat(new CsvRowReader().header(SOURCE, new ByteArrayInputStream(new byte[0]))).isEmpty();
    }

    @Test
    void chineseHeadersAndRawValuesArePassedThroughInColumnOrder() throws IOException {
        CollectingVisitor c = read("姓名,身份证号,看守所,出所日期\n张三, 210102198001011234 ,凤城市看守所,\n");
        assertThat(c.rejections).isEmpty();
        RawRow row = c.rows.get(0);
        assertThat(row.fields()).containsExactly(Map.entry("姓名", "张三"), Map.entry("身份证号", " 210102198001011234 "),
                Map.entry("看守所", "凤城市看守所"), Map.entry("出所日期", ""));
        assertThat(row.ref().source()).isEqualTo(SOURCE);
        assertThat(row.ref().line()).isEqualTo(2);
        assertThat(row.dataset()).isEqualTo(Dataset.CUSTODY);
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        CollectingVisitor c = read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "案号,姓名\n(2024)辽0682刑初1号,李四\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.rows).singleElement().satisfies(r -> assertThat(r.fields().keySet()).containsExactly("案号", "姓名"));
        assertThat(c.column("案号")).containsExactly("(2024)辽0682刑初1号");
    }

    @Test
    void gb18030FileIsDetectedAndDecoded() throws IOException {
        CollectingVisitor c = read("姓名,身份证号,释放日期,释放类型\n欧阳·娜娜,210682199001011234,2024-01-05,刑满释放\n王五,,2024-02-01,假释\n"
                .getBytes(GB18030));
        assertThat(c.rejections).isEmpty();
        assertThat(c.column("姓名")).containsExactly("欧阳·娜娜", "王五");
        assertThat(c.column("释放类型")).containsExactly("刑满释放", "假释");
    }

    @Test
    void gbkBytesAreReadAsGb18030() throws IOException {
        CollectingVisitor c = read("姓名,释放类型\n赵六,刑满释放\n".getBytes(Charset.forName("GBK")));
        assertThat(c.column("释放类型")).containsExactly("刑满释放");
    }

    @Test
    void aGbkFileBehindAUtf8ByteOrderMarkIsReadAsGb18030() throws IOException {
        // some tools put a UTF-8 byte-order mark in front of whatever they write: the lines, not the mark, decide
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        CollectingVisitor c = read(concat(bom, "姓名,释放类型\n赵六,刑满释放\n王五,假释\n".getBytes(Charset.forName("GBK"))));
        assertThat(c.rejections).isEmpty();
        assertThat(c.column("姓名")).containsExactly("赵六", "王五");
        assertThat(c.column("释放类型")).containsExactly("刑满释放", "假释");

        CollectingVisitor explicit = read(new CsvRowReader(Decoding.of(GB18030)),
                concat(bom, "姓名,释放类型\n赵六,刑满释放\n".getBytes(GB18030)));
        assertThat(explicit.column("姓名")).containsExactly("赵六");
    }

    @Test
    void aUtf8FileWithAByteOrderMarkAndOneDamagedLineStaysUtf8() throws IOException {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        CollectingVisitor c = read(concat(bom, "姓名,类别\n张三,场所出入\n李四,住宿登记\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE5, (byte) 0xBC, ',', 'x', '\n'}));
        assertThat(c.column("类别")).containsExactly("场所出入", "住宿登记");
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly("4 undecodable bytes in UTF-8");
    }

    @Test
    void utf16FilesWithOrWithoutAByteOrderMarkAreReadAsTheirText() throws IOException {
        String text = "姓名,身份证号,释放类型\r\n欧阳·娜娜,210682199001011234,刑满释放\r\n王五,,\"假释\n二\"\r\n\r\n李四,1,其他\r\n";
        byte[][] forms = {
            concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE)),
            concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE)),
            text.getBytes(StandardCharsets.UTF_16LE),
            text.getBytes(StandardCharsets.UTF_16BE)};
        for (byte[] bytes : forms) {
            CollectingVisitor c = read(bytes);
            assertThat(c.rejections).isEmpty();
            assertThat(new CsvRowReader().header(SOURCE, new ByteArrayInputStream(bytes))).containsExactly("姓名", "身份证号", "释放类型");
            assertThat(c.column("姓名")).containsExactly("欧阳·娜娜", "王五", "李四");
            assertThat(c.column("释放类型")).containsExactly("刑满释放", "假释\n二", "其他");
            assertThat(c.rowLines()).containsExactly(2L, 3L, 6L);
        }
    }

    @Test
    void aUtf16LineWithABrokenCharacterIsRejectedAloneNamingUtf16() throws IOException {
        byte[] head = "姓名,类别\n张三,场所出入\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] broken = {0x3D, (byte) 0xD8, ',', 0, 'x', 0, '\n', 0}; // a high surrogate with no low one after it
        byte[] tail = "李四,住宿登记\n".getBytes(StandardCharsets.UTF_16LE);
        CollectingVisitor c = read(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, head, broken, tail));
        assertThat(c.column("姓名")).containsExactly("张三", "李四");
        assertThat(c.rowLines()).containsExactly(2L, 4L);
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly("3 undecodable bytes in UTF-16LE");
    }

    @Test
    void excelsSeparatorLineBeforeTheHeaderIsPassedOver() throws IOException {
        CollectingVisitor c = read(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "sep=,\r\n姓名,释放类型\r\n赵六,刑满释放\r\n王五,假释\r\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.rejections).isEmpty();
        assertThat(c.column("释放类型")).containsExactly("刑满释放", "假释");
        assertThat(c.rowLines()).containsExactly(3L, 4L);

        CollectingVisitor semicolons = read("sep=;\n姓名;释放类型\n赵六;刑满释放\n");
        assertThat(semicolons.rows).isEmpty();
        assertThat(semicolons.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly(
                "1 header row unreadable: the file names ';' as its separator (Excel's sep= line): only comma-separated files "
                        + "are read; save it as CSV (comma-separated)",
                "2 the file's header row could not be read", "3 the file's header row could not be read");
    }

    @Test
    void aLineOfZeroBytesIsRejectedAsSuch() throws IOException {
        byte[] zeros = new byte[300];
        CollectingVisitor c = read(concat("姓名,类别\n张三,场所出入\n".getBytes(StandardCharsets.UTF_8), zeros,
                "\n李四,住宿登记\n".getBytes(StandardCharsets.UTF_8), zeros));
        assertThat(c.column("姓名")).containsExactly("张三", "李四");
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly(
                "3 a line of zero (NUL) bytes: the file was cut short or padded when it was written",
                "5 a line of zero (NUL) bytes: the file was cut short or padded when it was written");
        CollectingVisitor json = new CollectingVisitor();
        new JsonRowReader().read(Dataset.CUSTODY, SOURCE, new ByteArrayInputStream(concat("{\"a\":\"1\"}\n".getBytes(StandardCharsets.UTF_8),
                zeros)), json);
        assertThat(json.rejections).extracting(r -> r.ref().line() + " " + r.reason())
                .containsExactly("2 a line of zero (NUL) bytes: the file was cut short or padded when it was written");
    }

    @Test
    void explicitCharsetOverridesDetection() throws IOException {
        byte[] gbk = "姓名,类别\n张三,场所出入\n".getBytes(GB18030);
        CollectingVisitor asUtf8 = read(new CsvRowReader(Decoding.of(StandardCharsets.UTF_8)), gbk);
        assertThat(asUtf8.rows).isEmpty();
        assertThat(asUtf8.rejections).extracting(r -> r.ref().line() + " " + r.reason())
                .containsExactly("1 header row unreadable: undecodable bytes in UTF-8", "2 undecodable bytes in UTF-8");

        CollectingVisitor asGb = read(new CsvRowReader(Decoding.of(GB18030)), gbk);
        assertThat(asGb.column("类别")).containsExactly("场所出入");
    }

    @Test
    void asciiIncompatibleCharsetIsRefused() {
        assertThatThrownBy(() -> Decoding.of(StandardCharsets.UTF_16))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ASCII-compatible");
    }

    @Test
    void crlfLfAndLoneCrLineEndsAllEndLines() throws IOException {
        CollectingVisitor c = read("name,category\r\n甲,a\r\n乙,b\n丙,c\r丁,d");
        assertThat(c.rejections).isEmpty();
        assertThat(c.column("category")).containsExactly("a", "b", "c", "d");
        assertThat(c.rowLines()).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void quotedFieldsKeepCommasQuotesAndLineBreaksAndLinesCountFromTheRecordStart() throws IOException {
        CollectingVisitor c = read("case_number,name,sentence_text\r\n"
                + "A1,张三,\"判处有期徒刑三年,并处罚金\"\r\n"
                + "A2,李四,\"第一行\r\n第二行\n第三行\"\r\n"
                + "A3,\"王\"\"五\"\"\",\"\"\r\n"
                + "A4,赵六,\"a\" \r\n"
                + "A5,钱七,\"段一\n\n段二\"\n");
        assertThat(c.rejections).isEmpty();
        assertThat(c.column("sentence_text")).containsExactly("判处有期徒刑三年,并处罚金", "第一行\r\n第二行\n第三行", "", "a",
                "段一\n\n段二");
        assertThat(c.column("name")).containsExactly("张三", "李四", "王\"五\"", "赵六", "钱七");
        assertThat(c.rowLines()).containsExactly(2L, 3L, 6L, 7L, 8L);
    }

    @Test
    void aQuoteInsideAnUnquotedFieldIsAnOrdinaryCharacter() throws IOException {
        assertThat(read("name,venue_name\n张三,12\"屏网吧\n").column("venue_name")).containsExactly("12\"屏网吧");
    }

    @Test
    void rowWithWrongNumberOfFieldsIsRejectedAndTheRestRead() throws IOException {
        CollectingVisitor c = read("a,b,c\n1,2,3\n1,2\n1,2,3,4\n5,6,7\n,,\n");
        assertThat(c.rowLines()).containsExactly(2L, 5L, 6L);
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason())
                .containsExactly("3 expected 3 fields, found 2", "4 expected 3 fields, found 4");
        assertThat(c.rejections.get(0).ref().source()).isEqualTo(SOURCE);
    }

    @Test
    void aRowEndingInExtraCommasWithNothingBetweenThemIsKeptWithoutThem() throws IOException {
        CollectingVisitor c = read("a,b,c\n1,2,3,\n4,5,6,,\" \"\n7,8,9,x\n10,11,\"12\n\",,\n");
        assertThat(c.rowLines()).containsExactly(2L, 3L, 5L);
        assertThat(c.column("c")).containsExactly("3", "6", "12\n");
        assertThat(c.rows).allSatisfy(r -> assertThat(r.fields()).hasSize(3));
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly("4 expected 3 fields, found 4");
    }

    @Test
    void unbalancedQuoteNeverClosedRejectsItsLineAndTheFollowingLinesAreRead() throws IOException {
        CollectingVisitor c = read("name,category,agency\n张三,\"场所出入,公安局\n李四,住宿登记,公安局\n王五,场所出入,公安局\n");
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("unbalanced quote in field 2: the quote is never closed");
        });
        assertThat(c.column("name")).containsExactly("李四", "王五");
        assertThat(c.rowLines()).containsExactly(3L, 4L);
    }

    @Test
    void unbalancedQuoteClosedByALaterFieldsQuoteRejectsOnlyItsLine() throws IOException {
        CollectingVisitor c = read("name,category,agency\n张三,\"场所出入,公安局\n李四,住宿登记,公安局\n王五,\"场所出入\",公安局\n赵六,x,y\n");
        assertThat(c.rejectedLines()).containsExactly(2L);
        assertThat(c.rejections.get(0).reason()).startsWith("unbalanced quote in field 2");
        assertThat(c.column("category")).containsExactly("住宿登记", "场所出入", "x");
        assertThat(c.order).containsExactly(2L, 3L, 4L, 5L);
    }

    @Test
    void strayQuoteFollowedByThousandsOfLinesCostsOneLine() throws IOException {
        StringBuilder b = new StringBuilder("name,category\n甲,\"开\n");
        for (int i = 0; i < 3000; i++) {
            b.append("人").append(i).append(",类\n");
        }
        CollectingVisitor c = read(b.toString());
        assertThat(c.rejectedLines()).containsExactly(2L);
        assertThat(c.rejections.get(0).reason()).contains("still open after");
        assertThat(c.rows).hasSize(3000);
        assertThat(c.rowLines().get(2999)).isEqualTo(3002L);
    }

    @Test
    void charactersAfterAClosingQuoteRejectTheLine() throws IOException {
        CollectingVisitor c = read("name,category\n\"张三\"x,a\n李四,b\n");
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("unexpected characters after the closing quote of field 1");
        });
        assertThat(c.column("name")).containsExactly("李四");
    }

    @Test
    void undecodableBytesInAUtf8FileRejectThatLineOnly() throws IOException {
        byte[] bad = {(byte) 0xE5, (byte) 0xBC, ',', 'x', '\n'};
        CollectingVisitor c = read(concat("name,category\n张三,场所出入\n".getBytes(StandardCharsets.UTF_8), bad,
                "李四,住宿登记\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("undecodable bytes in UTF-8");
        });
        assertThat(c.column("name")).containsExactly("张三", "李四");
    }

    @Test
    void undecodableBytesInsideAMultiLineFieldRejectTheRecord() throws IOException {
        CollectingVisitor c = read(concat("name,sentence_text\n张三,\"第一行\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF, '"', '\n'}, "李四,x\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(2);
            assertThat(r.reason()).isEqualTo("undecodable bytes in UTF-8 on line 3 (record on lines 2–3)");
        });
        assertThat(c.rowLines()).containsExactly(4L);
    }

    @Test
    void blankLinesAreSkippedAndLeadingBlankLinesMoveTheHeader() throws IOException {
        CollectingVisitor c = read("\n\na,b\n\n1,2\r\n\r\n3,4\n\n");
        assertThat(c.rejections).isEmpty();
        assertThat(c.column("a")).containsExactly("1", "3");
        assertThat(c.rowLines()).containsExactly(5L, 7L);
    }

    @Test
    void blankAndRepeatedHeadersKeepEveryColumn() throws IOException {
        CollectingVisitor c = read("姓名,,备注,备注\n张三,x,甲,乙\n");
        assertThat(c.rows.get(0).fields()).containsExactly(Map.entry("姓名", "张三"), Map.entry("column_2", "x"),
                Map.entry("备注", "甲"), Map.entry("备注 (2)", "乙"));
    }

    @Test
    void rowsPlusRejectionsEqualThePhysicalDataRowsOfAMessyFile() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes("姓名,身份证号,类别\r\n".getBytes(StandardCharsets.UTF_8));
        int physical = 0;
        for (int i = 0; i < 500; i++) {
            String line = switch (i % 7) {
                case 0 -> "张" + i + ",1,a";
                case 1 -> "李" + i + ",1";
                case 2 -> "王" + i + ",\"1,2\",b";
                case 3 -> "\"赵\"" + i + ",1,c";
                case 4 -> "钱" + i + ",1,c,d";
                default -> "孙" + i + ",,";
            };
            out.writeBytes(line.getBytes(StandardCharsets.UTF_8));
            if (i % 50 == 0) {
                out.write(0xFF);
            }
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
            physical++;
        }
        CollectingVisitor c = read(out.toByteArray());
        assertThat(c.rows.size() + c.rejections.size()).isEqualTo(physical);
        assertThat(c.order).isSorted().doesNotHaveDuplicates();
        assertThat(c.rejections).extracting(r -> r.reason()).contains("undecodable bytes in UTF-8",
                "expected 3 fields, found 2", "expected 3 fields, found 4",
                "unexpected characters after the closing quote of field 1");
    }

    @Test
    void gb18030FileWithAMultiLineQuotedField() throws IOException {
        CollectingVisitor c = read("案号,姓名,判决结果\r\n(2024)辽0682刑初1号,张三,\"判处有期徒刑三年，\r\n并处罚金人民币五万元\"\r\n(2024)辽0682刑初2号,李四,x\r\n"
                .getBytes(GB18030));
        assertThat(c.column("判决结果")).containsExactly("判处有期徒刑三年，\r\n并处罚金人民币五万元", "x");
        assertThat(c.rowLines()).containsExactly(2L, 4L);
    }

    @Test
    void oneDamagedLineDoesNotTurnAUtf8FileIntoGb18030() throws IOException {
        CollectingVisitor c = read(concat("姓名,类别\n张三,场所出入\n李四,住宿登记\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xC0, (byte) 0xEE, '\n'}, "王五,行政处罚\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.column("姓名")).containsExactly("张三", "李四", "王五");
        assertThat(c.rejectedLines()).containsExactly(4L);
    }

    @Test
    void aFileWhoseRecordsSpanBufferRefillsIsReadWhole() throws IOException {
        StringBuilder b = new StringBuilder("name,description\n");
        String longText = "很长的描述".repeat(100_000);
        for (int i = 0; i < 30; i++) {
            b.append("人").append(i).append(",\"").append(longText).append("\n第二行\"\n");
        }
        CollectingVisitor c = read(b.toString());
        assertThat(c.rejections).isEmpty();
        assertThat(c.rows).hasSize(30);
        assertThat(c.column("description")).allMatch(s -> s.equals(longText + "\n第二行"));
        assertThat(c.rowLines().get(29)).isEqualTo(60L);
    }

    @Test
    void anUnreadableHeaderIsAnnouncedSoThatItsSourceIsNotedUnusable() throws IOException {
        List<String> told = new java.util.ArrayList<>();
        CollectingVisitor c = new CollectingVisitor() {
            @Override
            public void headerUnreadable(io.xingzhi.core.record.SourceRef ref, String reason) {
                told.add(ref.source() + ":" + ref.line() + " " + reason);
            }
        };
        new CsvRowReader().read(Dataset.CUSTODY, SOURCE, new ByteArrayInputStream(concat("\n姓".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xFF}, ",身份证号\n张三,1\n李四,2\n".getBytes(StandardCharsets.UTF_8))), c);
        assertThat(told).containsExactly("custody.csv:2 undecodable bytes in UTF-8");
        assertThat(c.rejectedLines()).containsExactly(2L, 3L, 4L);
    }

    @Test
    void anUnreadableHeaderRejectsItselfAndEveryRowAfterIt() throws IOException {
        CollectingVisitor c = read("\"姓名,身份证号\n张三,1\n李四,2\n");
        assertThat(c.rows).isEmpty();
        assertThat(c.rejections).extracting(r -> r.ref().line() + " " + r.reason()).containsExactly(
                "1 header row unreadable: unbalanced quote in field 1: the quote is never closed",
                "2 the file's header row could not be read", "3 the file's header row could not be read");
    }

    @Test
    void aRunawayLineIsRejectedWithoutHoldingIt() throws IOException {
        byte[] big = new byte[ByteLineReader.MAX_LINE_BYTES + 1000];
        java.util.Arrays.fill(big, (byte) 'x');
        CollectingVisitor c = read(concat("name,category\n甲,a\n".getBytes(StandardCharsets.UTF_8), big,
                "\n乙,b\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.rejections).singleElement().satisfies(r -> {
            assertThat(r.ref().line()).isEqualTo(3);
            assertThat(r.reason()).isEqualTo("line longer than 16 MiB");
        });
        assertThat(c.rowLines()).containsExactly(2L, 4L);
    }

    @Test
    void explicitUtf8StillSkipsAByteOrderMark() throws IOException {
        CollectingVisitor c = read(new CsvRowReader(Decoding.of(StandardCharsets.UTF_8)),
                concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "姓名\n张三\n".getBytes(StandardCharsets.UTF_8)));
        assertThat(c.column("姓名")).containsExactly("张三");
    }

    @Test
    void emptyAndHeaderOnlySourcesGiveNothing() throws IOException {
        assertThat(read(new byte[0]).order).isEmpty();
        assertThat(read("姓名,身份证号\r\n").order).isEmpty();
        assertThat(read(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).order).isEmpty();
    }

    @Test
    void theSameBytesGiveTheSameRowsHoweverTheStreamHandsThemOver() throws IOException {
        byte[] messy = concat("姓名,身份证号,类别\r\n张三,1,\"a\r\nb\"\r\n李四,\"开\r\n".getBytes(StandardCharsets.UTF_8),
                new byte[] {(byte) 0xE5, (byte) 0xBC, ',', '1', ',', 'c', '\n'},
                "王五,1\r\n赵六,1,d\r".getBytes(StandardCharsets.UTF_8));
        CollectingVisitor whole = read(messy);
        CollectingVisitor trickled = new CollectingVisitor();
        new CsvRowReader().read(Dataset.CUSTODY, SOURCE, new Trickle(messy, 3), trickled);
        assertThat(trickled.rows).isEqualTo(whole.rows);
        assertThat(trickled.rejections).isEqualTo(whole.rejections);
        assertThat(whole.rowLines()).containsExactly(2L, 7L);
        assertThat(whole.rejectedLines()).containsExactly(4L, 5L, 6L);
    }

    @Test
    void aSourceLongerThanTheEncodingSampleIsDetectedFromItsStartAndReadToTheEnd() throws IOException {
        StringBuilder b = new StringBuilder("姓名,类别\n");
        int rows = 0;
        while (b.length() < 800_000) {
            b.append("欧阳").append(rows++).append(",场所出入\n");
        }
        CollectingVisitor c = read(b.toString().getBytes(GB18030));
        assertThat(c.rejections).isEmpty();
        assertThat(c.rows).hasSize(rows);
        assertThat(c.column("类别")).containsOnly("场所出入");
    }

    @Test
    void theReaderLeavesTheStreamOpen() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream("a\n1\n".getBytes(StandardCharsets.UTF_8)) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        CollectingVisitor c = new CollectingVisitor();
        new CsvRowReader().read(Dataset.CUSTODY, SOURCE, in, c);
        assertThat(c.rows).hasSize(1);
        assertThat(closed[0]).isFalse();
    }

    /** Hands out at most {@code step} bytes a read, as a slow network does. */
    static final class Trickle extends InputStream {
        private final byte[] bytes;
        private final int step;
        private int pos;

        Trickle(byte[] bytes, int step) {
            this.bytes = bytes;
            this.step = step;
        }

        @Override
        public int read() {
            return pos < bytes.length ? bytes[pos++] & 0xFF : -1;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (pos >= bytes.length) {
                return -1;
            }
            int n = Math.min(Math.min(len, step), bytes.length - pos);
            System.arraycopy(bytes, pos, b, off, n);
            pos += n;
            return n;
        }
    }
}
