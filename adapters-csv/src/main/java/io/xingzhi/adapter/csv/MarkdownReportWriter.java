package io.xingzhi.adapter.csv;


import io.xingzhi.core.value.PlainText;
import io.xingzhi.core.port.RunSink;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.Rejection;
import io.xingzhi.core.record.UnmatchedRecord;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.RunResult;
import io.xingzhi.core.value.PersonalData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the run report ({@code report.md}) as Markdown, in Chinese with English glosses: the
 * as-of date and the local times (to the second) it ran; what the run has to say about its input
 * files as a whole (a file read as a dataset by its headers, a file not read and why, unknown
 * columns with the name each most likely meant, a header without a required field); rows read,
 * accepted and rejected per dataset with their files (a dataset the source lacked is marked
 * absent); the rejections summarised - per dataset their count by kind of reason (in Chinese, the
 * English in brackets) and the first
 * {@value #REJECTIONS_SHOWN} as {@code file:line — reason}, with a pointer to {@code rejections.csv},
 * which holds every one (file, line and reason); identity statistics with
 * their samples; the records a model could match to no judgment, each with its reason; leads per
 * model and kind; models skipped and why; kinds that could not run (their model ran, but a dataset
 * or column they need was absent) and why, never shown as "0 leads"; the parameters used. Reasons
 * are written as the report holds them, which never contain identity numbers.
 */
public final class MarkdownReportWriter implements RunSink {
    /** Rejections listed per dataset; the counts are always complete. */
    public static final int REJECTIONS_SHOWN = 5;
    /** Kinds of reason listed per dataset (the rest are added up in one line). */
    public static final int REASONS_SHOWN = 10;
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xxx", java.util.Locale.ROOT);

    private final Path file;
    private final java.time.ZoneId zone;
    private final java.util.function.BooleanSupplier allRejectionsWritten;

    /** A sink writing the run's report to {@code file}, times in this machine's time zone. */
    public MarkdownReportWriter(Path file) {
        this(file, java.time.ZoneId.systemDefault(), () -> false);
    }

    /**
     * A sink writing the run's report to {@code file}.
     *
     * @param zone the time zone the run's times are written in
     * @param allRejectionsWritten true when {@code rejections.csv} beside the report holds every
     *     rejection of the run (else it holds those the report kept, and the report says so)
     */
    public MarkdownReportWriter(Path file, java.time.ZoneId zone, java.util.function.BooleanSupplier allRejectionsWritten) {
        this.file = Objects.requireNonNull(file, "file");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.allRejectionsWritten = Objects.requireNonNull(allRejectionsWritten, "allRejectionsWritten");
    }

    @Override
    public void accept(RunResult result) {
        String text = render(result.report(), zone, allRejectionsWritten.getAsBoolean());
        AtomicFile.write(file, out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            w.write(text);
            w.flush();
        });
    }

    /** Writes the report to {@code out} as UTF-8 (flushed, left open), times in this machine's zone. */
    public static void write(RunReport report, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write(render(report));
        w.flush();
    }

    /** The report as Markdown text, times in this machine's zone, no complete {@code rejections.csv}. */
    public static String render(RunReport r) {
        return render(r, java.time.ZoneId.systemDefault(), false);
    }

    /**
     * The report as Markdown text.
     *
     * @param zone the time zone the run's times are written in
     * @param allRejectionsWritten true when {@code rejections.csv} holds every rejection of the run
     */
    public static String render(RunReport r, java.time.ZoneId zone, boolean allRejectionsWritten) {
        StringBuilder b = new StringBuilder(8192);
        b.append("# 监督线索运行报告 (run report)\n\n");
        b.append("| 项目 | 值 |\n|---|---|\n");
        row(b, "检察基准日 (as-of)", r.asOf().toString());
        row(b, "开始 (started)", TIME.format(r.startedAt().atZone(zone).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        row(b, "结束 (finished)", TIME.format(r.finishedAt().atZone(zone).truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
        row(b, "用时 (duration)", duration(Duration.between(r.startedAt(), r.finishedAt())));
        row(b, "线索 (leads)", Long.toString(r.totalLeads()));
        b.append('\n');

        inputs(b, r);
        datasets(b, r);
        rejections(b, r, allRejectionsWritten);
        identity(b, r.identity());
        unmatched(b, r);
        leads(b, r);
        skipped(b, r);
        parameters(b, r);
        return b.toString();
    }

    private static void datasets(StringBuilder b, RunReport r) {
        b.append("## 数据读取 (datasets)\n\n");
        b.append("| 数据集 (dataset) | 提供单位 (agency) | 状态 (status) | 文件 (sources) | 读取 (read) | 采用 (accepted) | 不予采用 (rejected) |\n");
        b.append("|---|---|---|---|---:|---:|---:|\n");
        long read = 0;
        long accepted = 0;
        long rejected = 0;
        for (Dataset d : Dataset.values()) {
            DatasetCounts c = r.datasets().get(d);
            b.append("| ").append(d.fileStem()).append(" | ").append(cell(d.agency())).append(" | ");
            if (c == null || !c.present()) {
                b.append("**未提供 (absent)** | — | 0 | 0 | 0 |\n");
                continue;
            }
            if (c.notRead()) {
                b.append("未读取 (not read: no selected model needs it) | ")
                        .append(cell(c.sources().isEmpty() ? "—" : sources(c.sources()))).append(" | — | — | — |\n");
                continue;
            }
            b.append("已读取 (present) | ").append(cell(c.sources().isEmpty() ? "—" : sources(c.sources())))
                    .append(" | ").append(c.read()).append(" | ").append(c.accepted()).append(" | ").append(c.rejected())
                    .append(" |\n");
            read += c.read();
            accepted += c.accepted();
            rejected += c.rejected();
        }
        b.append("| **合计 (total)** | | | | ").append(read).append(" | ").append(accepted).append(" | ").append(rejected)
                .append(" |\n\n");
    }

    private static void inputs(StringBuilder b, RunReport r) {
        b.append("## 输入文件 (input files)\n\n");
        if (r.sourceNotes().isEmpty()) {
            b.append("每个文件都按文件名读作对应的数据集，表头的列都已识别 (every file was read as the dataset its name names; "
                    + "every column was known)\n\n");
            return;
        }
        if (r.someInputUnusable()) {
            b.append("**有输入无法使用 (some input could not be used)**：见下表中“未读取”和“表头不可用”的文件 "
                    + "(see the files marked 未读取 and 表头不可用 below).\n\n");
        }
        b.append("| 文件 (file) | 数据集 (dataset) | 情况 (note) | 说明 (details) |\n|---|---|---|---|\n");
        for (io.xingzhi.core.run.SourceNote n : r.sourceNotes()) {
            b.append("| ").append(cell(n.source())).append(" | ").append(n.dataset().map(Dataset::fileStem).orElse("—"))
                    .append(" | ").append(n.unusable() ? "**" + n.kind().label() + "**" : n.kind().label()).append(" | ")
                    .append(cell(n.message())).append(" |\n");
        }
        b.append('\n');
    }

    private static void rejections(StringBuilder b, RunReport r, boolean allWritten) {
        b.append("## 不予采用的记录 (rejections)\n\n");
        Map<Dataset, List<Rejection>> byDataset = new EnumMap<>(Dataset.class);
        for (Rejection x : r.rejections()) {
            byDataset.computeIfAbsent(x.ref().dataset(), d -> new ArrayList<>()).add(x);
        }
        long all = 0;
        for (Dataset d : Dataset.values()) {
            DatasetCounts c = r.datasets().get(d);
            all += c == null ? 0 : c.rejected();
        }
        if (all == 0 && r.rejections().isEmpty()) {
            b.append("无 (none)\n\n");
            return;
        }
        b.append(allWritten
                ? "共 " + all + " 条，每一条（文件、行号、原因）都在 `rejections.csv` 中 (all " + all
                        + ", each with file, line and reason, are in rejections.csv)。下面按原因汇总，并列出每个数据集的前 "
                        + REJECTIONS_SHOWN + " 条 (summary by reason and the first of each dataset below)。\n\n"
                : "共 " + all + " 条；`rejections.csv` 中列出每个数据集的前 " + io.xingzhi.core.engine.Engine.REJECTIONS_KEPT
                        + " 条 (rejections.csv lists the first " + io.xingzhi.core.engine.Engine.REJECTIONS_KEPT
                        + " of each dataset)。\n\n");
        for (Dataset d : Dataset.values()) {
            List<Rejection> list = byDataset.getOrDefault(d, List.of());
            DatasetCounts c = r.datasets().get(d);
            long total = Math.max(c == null ? 0 : c.rejected(), list.size());
            if (total == 0) {
                continue;
            }
            b.append("### ").append(d.fileStem()).append(" (").append(total).append(")\n\n");
            if (c != null && !c.rejectedByReason().isEmpty()) {
                b.append("| 原因 (reason) | 条数 (rows) |\n|---|---:|\n");
                int n = 0;
                long rest = 0;
                for (Map.Entry<String, Long> e : c.rejectedByReason().entrySet()) {
                    if (n++ < REASONS_SHOWN) {
                        b.append("| ").append(cell(bilingual(d, e.getKey()))).append(" | ").append(e.getValue()).append(" |\n");
                    } else {
                        rest += e.getValue();
                    }
                }
                if (rest > 0) {
                    b.append("| 其他原因 (other reasons) | ").append(rest).append(" |\n");
                }
                b.append('\n');
            }
            int shown = Math.min(REJECTIONS_SHOWN, list.size());
            for (int i = 0; i < shown; i++) {
                Rejection x = list.get(i);
                b.append("- `").append(code(source(x.ref().source()) + ":" + x.ref().line())).append("` — ")
                        .append(text(bilingual(d, x.reason()))).append('\n');
            }
            long more = total - shown;
            if (more > 0) {
                b.append("- …另有 ").append(more).append(" 条，见 rejections.csv (").append(more)
                        .append(" more in rejections.csv)\n");
            }
            b.append('\n');
        }
    }

    private static void identity(StringBuilder b, IdentityStats s) {
        b.append("## 身份关联 (identity)\n\n");
        b.append("| 项目 | 数量 |\n|---|---:|\n");
        row(b, "人员 (persons)", Long.toString(s.persons()));
        row(b, "按身份证号关联的记录 (linked by id_number)", Long.toString(s.linkedById()));
        row(b, "按姓名+出生日期关联的记录 (linked by name+birth_date)", Long.toString(s.linkedByNameBirth()));
        row(b, "按执行依据案号归属判决的执行案件 (enforcement cases linked by source_case_number)", Long.toString(s.linkedByCaseNumber()));
        row(b, "无法关联的记录 (unresolved)", Long.toString(s.unresolved()));
        row(b, "身份证号校验失败 (invalid id numbers)", Long.toString(s.invalidIdNumbers()));
        row(b, "一号多名 (numbers shared by different names)", Long.toString(s.sharedNumbers()));
        row(b, "重复的行，按一条记录计 (rows given twice, merged)", Long.toString(s.duplicateRecords()));
        row(b, "同一人同一案号（执行案号、裁定书文号）而内容不同的记录，均保留待核对 (records of one number that differ, both kept)",
                Long.toString(s.conflictingRecords()));
        b.append('\n');
        if (!s.samples().isEmpty()) {
            b.append("示例 (samples):\n\n");
            for (String sample : s.samples()) {
                b.append("- ").append(text(PersonalData.maskExactIdNumbers(sample))).append('\n');
            }
            b.append('\n');
        }
    }

    private static void unmatched(StringBuilder b, RunReport r) {
        b.append("## 未能对应判决的记录 (records matched to no judgment)\n\n");
        if (r.unmatchedRecords().isEmpty()) {
            b.append("无 (none)\n\n");
            return;
        }
        for (UnmatchedRecord u : r.unmatchedRecords()) {
            b.append("- `").append(code(source(u.ref().source()) + ":" + u.ref().line())).append("` — ").append(text(u.reason()))
                    .append('\n');
        }
        b.append('\n');
    }

    private static void leads(StringBuilder b, RunReport r) {
        b.append("## 线索 (leads by model and kind)\n\n");
        if (r.leadsByModelAndKind().isEmpty()) {
            b.append("没有运行任何模型 (no model ran)\n\n");
            return;
        }
        b.append("| 模型 (model) | 类型 (kind) | 线索 (leads) |\n|---|---|---:|\n");
        r.leadsByModelAndKind().forEach((model, kinds) -> {
            kinds.forEach((kind, n) -> b.append("| ").append(cell(model))
                    .append(" | ").append(cell(kindText(r, model, kind))).append(" | ").append(n)
                    .append(" |\n"));
            r.kindsNotRun().getOrDefault(model, Map.of()).forEach((kind, why) -> b.append("| ").append(cell(model))
                    .append(" | ").append(cell(kindText(r, model, kind))).append(" | 未运行 (not run) |\n"));
        });
        b.append("| **合计 (total)** | | ").append(r.totalLeads()).append(" |\n\n");
    }

    /** The kind's code and, when known, its Chinese name: {@code LATE_TRANSFER 超期投送}. */
    private static String kindText(RunReport r, String model, String kind) {
        String label = r.kindLabel(model, kind);
        return label.equals(kind) ? kind : kind + " " + label;
    }

    private static void skipped(StringBuilder b, RunReport r) {
        b.append("## 未运行的模型 (skipped models)\n\n");
        if (r.skippedModels().isEmpty()) {
            b.append("无 (none)\n\n");
        } else {
            r.skippedModels().forEach((model, why) -> b.append("- ").append(text(model)).append(": ").append(text(why))
                    .append('\n'));
            b.append('\n');
        }
        b.append("## 未运行的线索类型 (kinds that could not run)\n\n");
        if (r.kindsNotRun().isEmpty()) {
            b.append("无 (none)\n\n");
            return;
        }
        b.append("所属模型已运行，但数据缺少该类型所需的数据集或列，故未查找该类型线索（并非“0条线索”）。\n\n");
        r.kindsNotRun().forEach((model, kinds) -> kinds.forEach((kind, why) -> b.append("- ").append(text(model)).append(" / ")
                .append(text(kindText(r, model, kind))).append(": ").append(text(why)).append('\n')));
        b.append('\n');
    }

    private static void parameters(StringBuilder b, RunReport r) {
        b.append("## 参数 (parameters)\n\n");
        if (r.parameters().isEmpty()) {
            b.append("无 (none)\n");
            return;
        }
        b.append("| 参数 (parameter) | 值 (value) |\n|---|---|\n");
        r.parameters().forEach((k, v) -> row(b, k, v));
    }

    private static void row(StringBuilder b, String name, String value) {
        b.append("| ").append(cell(name)).append(" | ").append(cell(value)).append(" |\n");
    }

    private static String duration(Duration d) {
        long ms = Math.max(0, d.toMillis());
        return String.format(java.util.Locale.ROOT, "%d.%03d s", ms / 1000, ms % 1000);
    }

    /**
     * A file's, table's, query's or feed's name as the report shows it: an identity number in it (a file
     * or a table named after a person) masked, as the notes quote it (README, "Privacy and durability").
     */
    private static String source(String name) {
        return PersonalData.maskExactIdNumbers(name);
    }

    private static String sources(List<String> names) {
        return String.join(", ", names.stream().map(MarkdownReportWriter::source).toList());
    }

    /** Text for a table cell: Markdown escaped, pipes escaped, on one line. */
    /**
     * A rejection's reason (or kind of reason) as the report shows it: its Chinese ({@link
     * io.xingzhi.core.record.ReasonText}) with the English after it in brackets, as the headings are;
     * the English alone when it has no Chinese yet.
     */
    static String bilingual(Dataset d, String reason) {
        String zh = io.xingzhi.core.record.ReasonText.chinese(d, reason);
        return zh.equals(reason) ? reason : zh + " (" + reason + ")";
    }

    private static String cell(String s) {
        return text(s).replace("|", "\\|");
    }

    /**
     * Text that renders as itself: Markdown's inline markers escaped, line breaks made spaces, and any
     * other control character (an escape sequence in a header or a value of an agency's export, which
     * would drive the terminal a report is {@code cat} on) shown as {@code U+FFFD}.
     */
    private static String text(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '*', '`', '[', ']', '<' -> b.append('\\').append(c);
                case '\r', '\n', '\u2028', '\u2029', '\u0085', '\t' -> b.append(' ');
                default -> b.append(control(c) ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }

    /** Text inside a code span: no backticks, on one line, no control character. */
    private static String code(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            b.append(c == '`' ? '\'' : c == '\r' || c == '\n' || c == '\t' ? ' ' : control(c) ? '\uFFFD' : c);
        }
        return b.toString();
    }

    /** A character that does not show as itself (control, bidirectional override: {@link PlainText#unsafe}). */
    private static boolean control(char c) {
        return PlainText.unsafe(c);
    }
}
