package io.xingzhi.examples.embed;

import io.xingzhi.core.engine.StandardModels;
import io.xingzhi.core.lead.LeadKind;
import io.xingzhi.core.record.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

/** The demo data bundled in the examples jar, copied to a folder, and stdout capture for main methods. */
final class DemoData {
    static final String RESOURCES = "/io/xingzhi/cli/demo/";

    private DemoData() {
    }

    /**
     * The six kinds from practice (LAW.md "Beyond these kinds", issue 16). The generator does not plant
     * them yet, so the bundled and generated data have no expected lines for them, but a run still finds
     * the real ones in that data (a suspended sentence released three days after it took effect, a
     * director deprived of political rights), on top of every planted lead.
     */
    static final Set<String> NOT_PLANTED_YET = Set.of("HELD_AFTER_NON_CUSTODIAL", "PERIOD_MISRECORDED", "BARRED_ROLE",
            "LATE_REPORT", "LATE_FILING", "COMMUTED_WHILE_UNPAID");

    /** The Chinese labels of {@link #NOT_PLANTED_YET}, as QuickStart prints them. */
    static final Set<String> NOT_PLANTED_YET_LABELS = StandardModels.all().stream().flatMap(m -> m.kinds().stream())
            .filter(k -> NOT_PLANTED_YET.contains(k.code())).map(LeadKind::label).collect(Collectors.toSet());

    /** Copies every dataset file and expected.jsonl into {@code dir}; returns the data's as-of date. */
    static LocalDate copyTo(Path dir) throws IOException {
        for (Dataset d : Dataset.values()) {
            if (d != Dataset.COMMUTATIONS) { // optional: the demo data has none
                copy(d.fileStem() + ".csv", dir);
            }
        }
        copy("expected.jsonl", dir);
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCES + "as-of.txt")) {
            return LocalDate.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8).strip());
        }
    }

    private static void copy(String name, Path dir) throws IOException {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IllegalStateException("demo resource missing: " + name);
            }
            Files.write(dir.resolve(name), in.readAllBytes());
        }
    }

    /** Non-blank lines of {@code file}. */
    static long lines(Path file) throws IOException {
        return Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count();
    }

    /** Runs {@code body} with System.out captured; returns what it printed. */
    static String stdout(Runnable body) {
        PrintStream original = System.out;
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try (PrintStream capture = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            body.run();
        } finally {
            System.setOut(original);
        }
        return buffer.toString(StandardCharsets.UTF_8);
    }
}
