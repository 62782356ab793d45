package io.xingzhi.cli;

import io.xingzhi.core.value.PlainText;
import io.xingzhi.adapter.csv.CsvRunOutput;
import io.xingzhi.core.identity.IdentityStats;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.run.DatasetCounts;
import io.xingzhi.core.run.RunReport;
import io.xingzhi.core.run.SourceNote;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one-screen summary the command line prints after a run, in the language in use, its tables
 * aligned however wide their characters: the as-of date, what was said about the input files, rows
 * read, accepted and rejected per dataset (with the most frequent reason), identity, leads per
 * model and kind, kinds and models that could not run. {@link #json} is the same as JSON.
 */
final class Summary {
    private Summary() {
    }

    static void print(RunReport r, PrintStream out) {
        print(r, out, false);
    }

    static void print(RunReport r, PrintStream out, boolean asOfDefaulted) {
        out.println(Lang.text("刑执运行结果 · ", "Xingzhi run · ") + RunCommand.asOfText(r.asOf(), asOfDefaulted));
        out.println();
        if (!r.sourceNotes().isEmpty()) {
            out.println(Lang.text("输入文件：", "input files:"));
            for (SourceNote n : r.sourceNotes()) {
                out.println("  " + (n.unusable() ? "！" : "·") + " " + PlainText.line(Lang.english() ? n.englishMessage() : n.message()));
            }
            out.println();
        }
        TextTable t = new TextTable(List.of(Lang.text("数据集", "dataset"), Lang.text("读取", "read"), Lang.text("采用", "accepted"),
                Lang.text("不予采用", "rejected"), Lang.text("主要原因", "main reason")), false, true, true, true, false);
        for (Map.Entry<Dataset, DatasetCounts> e : r.datasets().entrySet()) {
            DatasetCounts c = e.getValue();
            String name = Lang.dataset(e.getKey());
            if (c.notRead()) {
                t.row(name, "", "", "", Lang.text("未读取（所选模型都不需要）", "not read (no selected model needs it)"));
            } else if (c.present()) {
                String reason = c.rejectedByReason().isEmpty() ? "" : c.rejectedByReason().keySet().iterator().next();
                if (!Lang.english()) {
                    reason = io.xingzhi.core.record.ReasonText.chinese(e.getKey(), reason); // as rejections.csv's reason_zh
                }
                t.row(name, c.read(), c.accepted(), c.rejected(), abbreviate(reason, 60));
            } else {
                t.row(name, "", "", "", Lang.text("未提供", "absent"));
            }
        }
        out.print(t.render());
        IdentityStats id = r.identity();
        out.println();
        out.println(Lang.text("人员：" + id.persons() + " 人；记录按身份证号关联 " + id.linkedById() + " 条，按姓名+出生日期关联 "
                        + id.linkedByNameBirth() + " 条，无法关联 " + id.unresolved() + " 条；身份证号校验失败 " + id.invalidIdNumbers()
                        + " 个，一号多名 " + id.sharedNumbers() + " 个"
                        + (id.duplicateRecords() == 0 ? "" : "；重复的行 " + id.duplicateRecords() + " 条，按一条记录计")
                        + (id.conflictingRecords() == 0 ? "" : "；同一案号而内容不同的记录 " + id.conflictingRecords()
                                + " 条，均保留，请核对（见 report.md）"),
                "identity: " + id.persons() + " persons; records linked by id_number " + id.linkedById() + ", by name+birth_date "
                        + id.linkedByNameBirth() + "; unresolved " + id.unresolved() + "; invalid id numbers " + id.invalidIdNumbers()
                        + "; numbers shared by different names " + id.sharedNumbers()
                        + (id.duplicateRecords() == 0 ? "" : "; rows given twice " + id.duplicateRecords() + ", merged")
                        + (id.conflictingRecords() == 0 ? "" : "; records of one number that differ " + id.conflictingRecords()
                                + ", both kept: check them (report.md)")));
        out.println();
        TextTable leads = new TextTable(List.of(Lang.text("模型", "model"), Lang.text("类型", "kind"), Lang.text("线索", "leads")),
                false, false, true);
        r.leadsByModelAndKind().forEach((model, kinds) -> kinds.forEach((kind, n) -> leads.row(
                Lang.english() ? model : r.modelLabel(model),
                Lang.english() ? kind + " " + r.kindLabel(model, kind) : r.kindLabel(model, kind), n)));
        out.print(leads.render());
        if (!r.kindsNotRun().isEmpty() || !r.skippedModels().isEmpty()) {
            out.println();
            out.println(Lang.text("未运行（缺少所需数据）：", "not run (data they need is missing):"));
            r.skippedModels().forEach((m, why) -> out.println("  " + (Lang.english() ? m : r.modelLabel(m))
                    + Lang.text("（整个模型）：", " (whole model): ") + PlainText.line(why)));
            r.kindsNotRun().forEach((model, kinds) -> kinds.forEach((kind, why) -> out.println("  "
                    + (Lang.english() ? model + " " + kind : r.modelLabel(model) + " · " + r.kindLabel(model, kind))
                    + Lang.text("：", ": ") + PlainText.line(why))));
        }
        out.println();
        out.println(Lang.text("线索合计：" + r.totalLeads() + " 条", "total leads: " + r.totalLeads()));
    }

    /** The summary as a JSON-ready map, naming the files written into {@code out}. */
    static Map<String, Object> json(RunReport r, Path out, boolean asOfDefaulted) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("as_of", r.asOf().toString());
        m.put("as_of_defaulted_to_today", asOfDefaulted);
        m.put("input_unusable", r.someInputUnusable());
        m.put("input_notes", r.sourceNotes().stream().map(n -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("source", n.source());
            o.put("dataset", n.dataset().map(Dataset::fileStem).orElse(null));
            o.put("kind", n.kind().name());
            o.put("message", Lang.english() ? n.englishMessage() : n.message());
            return o;
        }).toList());
        Map<String, Object> datasets = new LinkedHashMap<>();
        r.datasets().forEach((d, c) -> {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("present", c.present());
            o.put("read", c.read());
            o.put("accepted", c.accepted());
            o.put("rejected", c.rejected());
            o.put("rejected_by_reason", c.rejectedByReason());
            o.put("sources", c.sources());
            datasets.put(d.fileStem(), o);
        });
        m.put("datasets", datasets);
        IdentityStats id = r.identity();
        Map<String, Object> identity = new LinkedHashMap<>();
        identity.put("persons", id.persons());
        identity.put("linked_by_id_number", id.linkedById());
        identity.put("linked_by_name_birth_date", id.linkedByNameBirth());
        identity.put("linked_by_source_case_number", id.linkedByCaseNumber());
        identity.put("unresolved", id.unresolved());
        identity.put("invalid_id_numbers", id.invalidIdNumbers());
        identity.put("shared_numbers", id.sharedNumbers());
        identity.put("duplicate_records", id.duplicateRecords());
        identity.put("conflicting_records", id.conflictingRecords());
        identity.put("samples", id.samples());
        m.put("identity", identity);
        m.put("leads_by_model_and_kind", r.leadsByModelAndKind());
        m.put("kinds_not_run", r.kindsNotRun());
        m.put("skipped_models", r.skippedModels());
        m.put("total_leads", r.totalLeads());
        m.put("files", List.of(out.resolve(CsvRunOutput.LEADS_JSONL).toString(), out.resolve(CsvRunOutput.LEADS_CSV).toString(),
                out.resolve(CsvRunOutput.REPORT_MD).toString(), out.resolve(CsvRunOutput.REJECTIONS_CSV).toString()));
        return m;
    }

    private static String abbreviate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max) + "…";
    }
}
