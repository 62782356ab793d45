package io.xingzhi.adapter.spark;

import io.xingzhi.core.value.IdNumber;
import io.xingzhi.generator.Generator;
import io.xingzhi.generator.GeneratorSpec;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Two messy sets for the equivalence tests: a generated county (messy forms, GB18030 files, planted
 * leads and near misses) plus files written here with the cases a partitioned run could get wrong -
 * enforcement cases whose identity points to another birth date than the judgment their source case
 * number names (or to nobody), co-defendants born apart, near misses whose number differs in the birth
 * date, a shared number, a broken check digit linked by name + birth date - and rows that cannot be
 * read (a stray quote, undecodable bytes, the wrong width, a header lacking a required field).
 */
final class MessySets {
    static final LocalDate AS_OF = GeneratorSpec.DEFAULT_AS_OF;
    /** The person of the near-miss case: a probation with no correction record under their number. */
    static final String NEAR_MISS_NAME = "己六";

    private MessySets() {
    }

    /** A valid number: region 210682, the birth date, a sequence, and its check character. */
    static String id(LocalDate birth, int seq) {
        String body = "210682" + birth.toString().replace("-", "") + String.format("%03d", seq);
        return body + IdNumber.checkCharacter(body);
    }

    /** The same number with a wrong check character. */
    static String broken(String id) {
        char c = id.charAt(17);
        return id.substring(0, 17) + (c == '0' ? '1' : '0');
    }

    /** Set one: 200 generated persons and the partition-crossing cases. */
    static Path first(Path dir) throws IOException {
        new Generator(new GeneratorSpec(200, 2000, 17, AS_OF)).writeTo(dir);
        String p1 = id(LocalDate.of(1980, 1, 1), 101);
        String p2 = id(LocalDate.of(1975, 3, 3), 103);
        String p3 = id(LocalDate.of(1970, 7, 7), 105);
        String p4 = id(LocalDate.of(1990, 9, 9), 106);
        String p5 = id(LocalDate.of(1988, 8, 8), 108);
        String p7 = id(LocalDate.of(1966, 6, 6), 109);
        String judgmentHeader = "case_number,court,name,id_number,judgment_date,effective_date,principal_penalty,term_months,"
                + "term_start,term_end,probation_months,dpr_months,fine_amount,confiscation_amount,prepaid_amount,"
                + "prohibition_order,prohibition_months,sentence_text\n";
        ByteArrayOutputStream judgments = new ByteArrayOutputStream();
        judgments.writeBytes((judgmentHeader
                + "(2023)辽0682刑初901号,凤城市人民法院,甲一," + p1 + ",2023-05-10,2023-05-25,有期徒刑,24,2023-03-01,2025-02-28,,,5000,,,,,\n"
                + "(2023)辽0682刑初902号,凤城市人民法院,乙二," + p2 + ",2023-05-11,2023-05-26,有期徒刑,24,2023-03-01,2025-02-28,,,3000,,,,,\n"
                + "(2023)辽0682刑初903号,凤城市人民法院,丙三," + p3 + ",2023-05-12,2023-05-27,有期徒刑,24,2023-03-01,2025-02-28,,,8000,,,,,\n"
                + "(2023)辽0682刑初903号,凤城市人民法院,丁四," + p4 + ",2023-05-12,2023-05-27,有期徒刑,24,2023-03-01,2025-02-28,,,,,,,,\n"
                + "(2024)辽0682刑初905号,凤城市人民法院," + NEAR_MISS_NAME + "," + p5 + ",2024-01-02,2024-01-15,有期徒刑,12,,,24,,,,,,,\n"
                + "(2023)辽0682刑初907号,凤城市人民法院,庚七," + p7 + ",2023-02-01,2023-02-15,有期徒刑,60,2023-01-01,2027-12-31,,,,,,,,\n"
                + "(2023)辽0682刑初908号,凤城市人民法院,\"未闭合,引号\n"
                + "(2023)辽0682刑初909号,凤城市人民法院,多列,,,,,,,,,,,,,,,,,,,多余\n").getBytes(StandardCharsets.UTF_8));
        judgments.writeBytes("(2023)辽0682刑初910号,凤城市人民法院,".getBytes(StandardCharsets.UTF_8));
        judgments.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF});
        judgments.writeBytes(",,2023-02-01,2023-02-15,有期徒刑,12,,,,,,,,,,\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("judgments_extra.csv"), judgments.toByteArray());
        Files.writeString(dir.resolve("enforcement_extra.csv"), "执行案号,执行依据,姓名,身份证号,立案日期,执行标的,已执行金额,结案日期,结案方式\n"
                // the court typed another person's number (born 1985): the case still follows its source case
                + "(2023)辽0682执901号,(2023)辽0682刑初901号,甲一," + id(LocalDate.of(1985, 5, 5), 102) + ",2023-07-01,5000,0,,\n"
                // no number at all: the case is unresolved by identity, and follows its source case
                + "(2023)辽0682执902号,(2023)辽0682刑初902号,乙二,,2023-07-02,3000,0,,\n"
                // co-defendants born twenty years apart; the case names a third person: it joins the one fined
                + "(2023)辽0682执903号,(2023)辽0682刑初903号,戊五," + id(LocalDate.of(1999, 1, 1), 107) + ",2023-07-03,8000,0,,\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("corrections_extra.csv"), "name,id_number,correction_type,case_number,start_on,end_on,office\n"
                // one digit of the birth date off (a valid number born ten days later): another partition
                + NEAR_MISS_NAME + "," + id(LocalDate.of(1988, 8, 18), 108) + ",缓刑,,2024-01-20,2026-01-14,草河司法所\n"
                // the right body with a wrong check digit and no birth date: joins nobody
                + NEAR_MISS_NAME + "," + broken(p5) + ",缓刑,,2024-01-20,2026-01-14,草河司法所\n",
                StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("custody_extra.csv"), "姓名,身份证号,出生日期,看守所,案号,入所日期,收到执行通知书日期,出所日期,出所原因\n"
                // the same number under another name (a shared number)
                + "辛八," + p7 + ",,凤城市看守所,,2022-12-01,,2023-01-05,取保候审\n"
                // a broken check digit, linked by name + birth date
                + "庚七," + broken(p7) + ",1966-06-06,凤城市看守所,(2023)辽0682刑初907号,2022-12-01,2023-02-20,,\n",
                StandardCharsets.UTF_8);
        Files.write(dir.resolve("custody_gb.csv"), ("姓名,身份证号,看守所,案号,入所日期,收到执行通知书日期,出所日期,出所原因\n"
                + "丙三," + p3 + ",凤城市看守所,(2023)辽0682刑初903号,2023-01-10,2023-06-01,2023-06-20,投送监狱\n"
                + "丁四," + p4 + ",凤城市看守所,(2023)辽0682刑初903号,2023-01-10,2023-06-01,,\n").getBytes(Charset.forName("GB18030")));
        // a header lacking the required release date: every row rejected with the header's reason
        Files.writeString(dir.resolve("resettlement_extra.csv"), "姓名,身份证号\n甲一," + p1 + "\n乙二," + p2 + "\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    /** Set two: 300 generated persons under another seed, files named for no dataset, empty and odd files. */
    static Path second(Path dir) throws IOException {
        new Generator(new GeneratorSpec(300, 3000, 23, AS_OF)).writeTo(dir);
        String q1 = id(LocalDate.of(1982, 2, 2), 201);
        Files.writeString(dir.resolve("judgments_extra.csv"), "case_number,court,name,id_number,judgment_date,effective_date,"
                + "principal_penalty,term_months,term_start,term_end,probation_months,dpr_months,fine_amount\n"
                + "(2024)辽0682刑初950号,凤城市人民法院,壬九," + q1 + ",2024-03-01,2024-03-12,有期徒刑,10,2024-01-05,2024-11-04,,,\n",
                StandardCharsets.UTF_8);
        // named for no dataset, recognised by its headers as custody
        Files.writeString(dir.resolve("看守所在押人员.csv"), "姓名,身份证号,看守所,案号,入所日期,收到执行通知书日期,出所日期,出所原因\n"
                + "壬九," + q1 + ",凤城市看守所,(2024)辽0682刑初950号,2024-01-05,2024-03-20,,\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("说明.txt"), "导出说明\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("commutations_extra.csv"), "", StandardCharsets.UTF_8);
        // a file whose first row is data, not a header
        Files.writeString(dir.resolve("dpr_supervision_extra.csv"), "壬九," + q1 + ",2024-03-12,2025-03-11\n", StandardCharsets.UTF_8);
        // an activity linked by name + birth date through a broken number
        Files.writeString(dir.resolve("activities_extra.csv"), "name,id_number,birth_date,occurred_on,category,venue_type,venue_name,description,agency\n"
                + "壬九," + broken(q1) + ",1982-02-02,2024-05-01 22:10:00,场所出入,酒吧,蓝调酒吧,,公安局\n"
                + "壬九,,,2024-05-02 22:10:00,场所出入,酒吧,蓝调酒吧,,公安局\n", StandardCharsets.UTF_8);
        return dir;
    }

    /**
     * Set three: more identity samples than a report keeps, of every kind, spread over two files of a
     * dataset and over the partitions (persons born over forty years): 10 broken numbers (with birth
     * dates, so linked by name + birth date) in each of two custody files, 10 name-only corrections, 12 enforcement cases whose source case number names two
     * fined co-defendants of other names (their judgments given twice), and 60 numbers each given a second
     * name.
     */
    static Path third(Path dir) throws IOException {
        new Generator(new GeneratorSpec(100, 500, 31, AS_OF)).writeTo(dir);
        String custodyHeader = "姓名,身份证号,出生日期,看守所,案号,入所日期,收到执行通知书日期,出所日期,出所原因\n";
        StringBuilder custodyA = new StringBuilder(custodyHeader);
        StringBuilder custodyB = new StringBuilder(custodyHeader);
        for (int i = 0; i < 10; i++) {
            LocalDate birth = LocalDate.of(1960 + 4 * i, 1 + i % 12, 1 + i % 28);
            custodyA.append("甲").append(i).append(',').append(broken(id(birth, 300 + i))).append(',').append(birth).append(",凤城市看守所,,2023-01-01,,2023-02-01,取保候审\n");
            custodyB.append("乙").append(i).append(',').append(broken(id(birth.plusDays(3), 400 + i))).append(',').append(birth.plusDays(3))
                    .append(",凤城市看守所,,2023-01-01,,2023-02-01,取保候审\n");
        }
        // a second file of the same dataset, before and after the first in name
        Files.writeString(dir.resolve("custody_a.csv"), custodyA, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("custody_b.csv"), custodyB, StandardCharsets.UTF_8);
        StringBuilder corrections = new StringBuilder("name,id_number,correction_type,case_number,start_on,end_on,office\n");
        for (int i = 0; i < 10; i++) {
            corrections.append("丙").append(i).append(",,缓刑,,2024-01-20,2026-01-14,草河司法所\n");
        }
        Files.writeString(dir.resolve("corrections_extra.csv"), corrections, StandardCharsets.UTF_8);
        StringBuilder judgments = new StringBuilder("case_number,court,name,id_number,judgment_date,effective_date,principal_penalty,"
                + "term_months,term_start,term_end,fine_amount\n");
        StringBuilder enforcement = new StringBuilder("执行案号,执行依据,姓名,身份证号,立案日期,执行标的,已执行金额,结案日期,结案方式\n");
        StringBuilder shared = new StringBuilder(custodyHeader);
        for (int i = 0; i < 12; i++) {
            String c = "(2023)辽0682刑初" + (600 + i) + "号";
            for (int k = 0; k < 2; k++) {
                judgments.append(c).append(",凤城市人民法院,丁").append(i).append(k).append(',')
                        .append(id(LocalDate.of(1950 + 3 * i + k, 2, 2), 500 + 2 * i + k))
                        .append(",2023-05-10,2023-05-25,有期徒刑,24,2023-03-01,2025-02-28,5000\n");
            }
            // another person's number: the case cannot tell which co-defendant it belongs to
            enforcement.append("(2023)辽0682执").append(600 + i).append("号,").append(c).append(",戊").append(i).append(',')
                    .append(id(LocalDate.of(1985, 5, 5 + i), 600 + i)).append(",2023-07-01,5000,0,,\n");
        }
        for (int i = 0; i < 60; i++) {
            String n = id(LocalDate.of(1955 + i % 45, 1 + i % 12, 10), 700 + i);
            shared.append("己").append(i).append(',').append(n).append(",,凤城市看守所,,2022-12-01,,2023-01-05,取保候审\n");
            shared.append("庚").append(i).append(',').append(n).append(",,凤城市看守所,,2022-12-02,,2023-01-06,取保候审\n");
        }
        Files.writeString(dir.resolve("judgments_extra.csv"), judgments, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("enforcement_extra.csv"), enforcement, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("custody_shared.csv"), shared, StandardCharsets.UTF_8);
        // the co-defendants' judgments given twice (overlapping exports): merged, on every partition as on one machine
        Files.writeString(dir.resolve("judgments_extra_again.csv"), judgments, StandardCharsets.UTF_8);
        return dir;
    }
}
