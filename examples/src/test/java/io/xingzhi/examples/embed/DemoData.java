package io.xingzhi.examples.embed;

import io.xingzhi.core.record.Dataset;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/** The demo data bundled in the examples jar, copied to a folder, and stdout capture for main methods. */
final class DemoData {
    static final String RESOURCES = "/io/xingzhi/cli/demo/";

    private DemoData() {
    }

    /** Copies every dataset file and expected.jsonl into {@code dir}; returns the data's as-of date. */
    static LocalDate copyTo(Path dir) throws IOException {
        for (Dataset d : Dataset.values()) {
            copy(d.fileStem() + ".csv", dir);
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
