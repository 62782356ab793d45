package io.xingzhi.testkit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fixtures bundled with the testkit, so that tests run on a plain clone: folders of agency
 * exports as they arrive, each with the {@code expected.jsonl} of the leads a correct engine
 * reports on it (see {@code fixtures/README.md} beside them).
 * <ul>
 *   <li>{@link #COUNTY}: one county, the four models' fourteen lead kinds;</li>
 *   <li>{@link #COUNTY_PRACTICE}: a second county sampling the whole of LAW.md, with
 *       {@code expected_possible_matches.jsonl}.</li>
 * </ul>
 * Both are looked at from {@link #AS_OF}. The files are the project's shared fixtures copied byte for
 * byte (line ends, byte-order marks and GB18030 included).
 */
public final class Fixtures {
    /** One county's exports (the end-to-end fixture). */
    public static final String COUNTY = "county";
    /** A second county, a sample of the whole of LAW.md. */
    public static final String COUNTY_PRACTICE = "county-practice";
    /** The date both fixtures are looked at from. */
    public static final LocalDate AS_OF = LocalDate.of(2024, 10, 1);

    private static final String ROOT = "/io/xingzhi/testkit/fixtures/";

    private Fixtures() {
    }

    /** The names of the fixture's files ({@code judgments.csv}, …, {@code expected.jsonl}), in name order. */
    public static List<String> files(String fixture) {
        Objects.requireNonNull(fixture, "fixture");
        List<String> files = new ArrayList<>();
        try (InputStream in = resource("index.txt");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.startsWith(fixture + "/")) {
                    files.add(line.substring(fixture.length() + 1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no bundled fixture named " + fixture + " (known: " + COUNTY + ", "
                    + COUNTY_PRACTICE + ")");
        }
        return List.copyOf(files);
    }

    /**
     * Copies the bundled fixture's files into {@code folder} (created if need be) and returns it, ready
     * for {@code --data}: the exports and their {@code expected*.jsonl}.
     */
    public static Path copy(String fixture, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String file : files(fixture)) {
            try (InputStream in = resource(fixture + "/" + file)) {
                Files.copy(in, folder.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return folder;
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = Fixtures.class.getResourceAsStream(ROOT + name);
        if (in == null) {
            throw new IOException("bundled fixture file missing from the testkit: " + ROOT + name);
        }
        return in;
    }
}
