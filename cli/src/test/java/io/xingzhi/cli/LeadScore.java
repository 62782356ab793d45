package io.xingzhi.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The comparison of {@code tools/score.py} (a copy of the project's shared scorer), in Java, so the
 * build scores a run without Python: a lead is keyed by (model, kind, id_number stripped and upper
 * case, case number with brackets {@code 〔〕［］[]（）【】} made round and white space removed); a key
 * that occurs n times in the expected file must occur n times in the leads (a duplicate lead is an
 * extra). Recall is found / expected, precision found / reported (1.0 for none of either, 0.0 for
 * leads where none were expected); lines of the leads file that are not JSON are ignored and counted.
 * The model and kind filters of score.py are not needed here and are left out.
 *
 * @param perKind (model, kind) → {found, missed, extra}
 * @param missed the expected leads not reported, as JSON text
 * @param extra the leads reported but not expected, as JSON text
 * @param unparseable lines of the leads file that are not JSON
 */
record LeadScore(Map<String, int[]> perKind, List<String> missed, List<String> extra, int unparseable) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static LeadScore of(Path expected, Path leads) throws IOException {
        Map<List<Object>, JsonNode> exp = new LinkedHashMap<>();
        for (String line : Files.readAllLines(expected, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                put(exp, JSON.readTree(line));
            }
        }
        Map<List<Object>, JsonNode> got = new LinkedHashMap<>();
        int bad = 0;
        String text = Files.readString(leads, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode o;
            try {
                o = JSON.readTree(line);
            } catch (IOException e) {
                bad++;
                continue;
            }
            put(got, o);
        }
        Map<String, int[]> per = new TreeMap<>();
        List<String> missed = new ArrayList<>();
        List<String> extra = new ArrayList<>();
        exp.forEach((k, o) -> {
            int[] c = per.computeIfAbsent(k.get(0) + " " + k.get(1), x -> new int[3]);
            if (got.containsKey(k)) {
                c[0]++;
            } else {
                c[1]++;
                missed.add(o.toString());
            }
        });
        got.forEach((k, o) -> {
            if (!exp.containsKey(k)) {
                per.computeIfAbsent(k.get(0) + " " + k.get(1), x -> new int[3])[2]++;
                extra.add(o.toString());
            }
        });
        return new LeadScore(per, missed, extra, bad);
    }

    private static void put(Map<List<Object>, JsonNode> d, JsonNode o) {
        int n = 0;
        while (d.containsKey(key(o, n))) {
            n++;
        }
        d.put(key(o, n), o);
    }

    static List<Object> key(JsonNode o, int n) {
        return List.of(text(o, "model"), text(o, "kind"), text(o, "id_number").strip().toUpperCase(Locale.ROOT),
                caseNumber(text(o, "case_number")), n);
    }

    private static String text(JsonNode o, String field) {
        JsonNode v = o.get(field);
        return v == null || v.isNull() ? "" : v.asText();
    }

    /** score.py's case(): brackets made round, white space (Python's notion: any Unicode space) removed. */
    static String caseNumber(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                continue;
            }
            b.append(switch (c) {
                case '〔', '［', '[', '（', '【' -> '(';
                case '〕', '］', ']', '）', '】' -> ')';
                default -> c;
            });
        }
        return b.toString();
    }

    private int total(int i) {
        return perKind.values().stream().mapToInt(c -> c[i]).sum();
    }

    double recall() {
        int tp = total(0);
        int fn = total(1);
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    double precision() {
        int tp = total(0);
        int fp = total(2);
        if (tp + fp == 0) {
            return total(1) == 0 ? 1.0 : 0.0;
        }
        return (double) tp / (tp + fp);
    }

    /** score.py's last line. */
    String line() {
        return String.format(Locale.ROOT, "recall=%.3f precision=%.3f", recall(), precision());
    }

    /** What score.py prints: per kind, the first misses and extras, and the last line. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        perKind.forEach((k, c) -> b.append(String.format(Locale.ROOT, "%-43s found %3d of %3d, extra %3d%n", k, c[0],
                c[0] + c[1], c[2])));
        missed.stream().limit(15).forEach(m -> b.append("MISSED ").append(m).append('\n'));
        extra.stream().limit(15).forEach(x -> b.append("EXTRA  ").append(x).append('\n'));
        if (unparseable > 0) {
            b.append("unparseable lines: ").append(unparseable).append('\n');
        }
        return b.append(line()).toString();
    }
}
