package io.xingzhi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code in README.md and docs/*.md is code the build compiles: every {@code ```java} block is a
 * whole compilation unit (package, imports, a type) that compiles against the examples' test class
 * path - except the few marked {@code <!-- fragment -->} on the line before them, excerpts of a
 * file the build compiles anyway; a block that shows a class of the examples module shows it as the
 * file is; and every {@code ```diff} block (a change as one commit shows it) applies to the files it
 * names, whose changed Java compiles.
 */
class GuidesCompileTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern FENCE = Pattern.compile("(?m)^```(java|diff)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern PACKAGE = Pattern.compile("(?m)^package\\s+([\\w.]+);");
    private static final Pattern TYPE = Pattern.compile("(?m)^(?:public\\s+)?(?:final\\s+|abstract\\s+)*(?:class|record|interface|enum)\\s+(\\w+)");
    /** The most fragments the guides may have: each is a burden on the reader and on whoever keeps it true. */
    private static final int MOST_FRAGMENTS = 3;

    @TempDir
    Path dir;

    /** One fenced block of one guide. */
    record Block(Path guide, int line, String language, String code, boolean fragment) {
        String where() {
            return ROOT.relativize(guide) + ":" + line;
        }
    }

    static List<Block> blocks() throws IOException {
        List<Path> guides = new ArrayList<>();
        guides.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.list(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(guides::add);
        }
        List<Block> out = new ArrayList<>();
        for (Path g : guides) {
            String text = Files.readString(g, StandardCharsets.UTF_8);
            Matcher m = FENCE.matcher(text);
            while (m.find()) {
                String before = text.substring(0, m.start()).stripTrailing();
                boolean fragment = before.endsWith("<!-- fragment -->");
                int line = (int) text.substring(0, m.start()).lines().count() + 1;
                out.add(new Block(g, line, m.group(1), m.group(2), fragment));
            }
        }
        return out;
    }

    @Test
    void everyJavaBlockOfTheGuidesCompilesExceptAFewMarkedFragments() throws IOException {
        List<Block> java = blocks().stream().filter(b -> b.language().equals("java")).toList();
        assertThat(java).as("java blocks in the guides").hasSizeGreaterThanOrEqualTo(8);
        List<String> fragments = java.stream().filter(Block::fragment).map(Block::where).toList();
        assertThat(fragments).as("marked fragments").hasSizeLessThanOrEqualTo(MOST_FRAGMENTS);
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (Block b : java) {
            if (b.fragment()) {
                continue;
            }
            Path src = dir.resolve("block" + n++);
            Path file = sourceFile(src, b.code());
            String errors = compile(List.of(file), src.resolve("classes"));
            if (!errors.isEmpty()) {
                failures.add(b.where() + " does not compile:\n" + errors);
            }
            Path shipped = ROOT.resolve("examples/src/main/java").resolve(src.relativize(file));
            if (Files.isRegularFile(shipped) && !Files.readString(shipped).strip().equals(b.code().strip())) {
                failures.add(b.where() + " shows " + ROOT.relativize(shipped) + " otherwise than the file is");
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void everyDiffInTheGuidesAppliesToTheFilesItNamesAndItsJavaCompiles() throws IOException {
        List<Block> diffs = blocks().stream().filter(b -> b.language().equals("diff")).toList();
        assertThat(diffs).as("diff blocks in the guides").isNotEmpty();
        int n = 0;
        for (Block b : diffs) {
            Path out = dir.resolve("diff" + n++);
            List<Path> java = new ArrayList<>();
            for (FileDiff f : FileDiff.parse(b.code())) {
                Path target = ROOT.resolve(f.path());
                assertThat(target).as(b.where() + " names " + f.path()).isRegularFile();
                String patched = f.applyTo(Files.readString(target, StandardCharsets.UTF_8), b.where());
                Path copy = out.resolve("src").resolve(f.path());
                Files.createDirectories(copy.getParent());
                Files.writeString(copy, patched, StandardCharsets.UTF_8);
                if (f.path().endsWith(".java")) {
                    java.add(copy);
                }
            }
            assertThat(compile(java, out.resolve("classes"))).as(b.where() + ": the changed Java compiles").isEmpty();
        }
    }

    /** Writes a compilation unit where javac expects it: its package's folder, its public type's name. */
    private static Path sourceFile(Path root, String code) throws IOException {
        Matcher p = PACKAGE.matcher(code);
        Matcher t = TYPE.matcher(code);
        String pkg = p.find() ? p.group(1) : "";
        String type = t.find() ? t.group(1) : "Snippet";
        Path file = root.resolve(pkg.replace('.', '/')).resolve(type + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, code, StandardCharsets.UTF_8);
        return file;
    }

    /** Compiles {@code files} against the test class path (and core's test classes); the errors, or empty text. */
    private static String compile(List<Path> files, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-proc:none", "-encoding", "UTF-8", "-d", classes.toString(),
                "-classpath", classPath()));
        files.forEach(f -> args.add(f.toString()));
        StringWriter errors = new StringWriter();
        int code = javac.run(null, null, new java.io.PrintStream(new java.io.OutputStream() {
            @Override
            public void write(int b) {
                errors.write(b);
            }
        }, true, StandardCharsets.UTF_8), args.toArray(String[]::new));
        return code == 0 ? "" : errors.toString().isBlank() ? "javac exit " + code : errors.toString();
    }

    /** The test class path as javac takes it (a manifest-only jar's Class-Path spelled out), with core's test classes. */
    private static String classPath() throws IOException {
        Set<String> entries = new LinkedHashSet<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            entries.add(e);
            if (e.endsWith(".jar") && Files.isRegularFile(Path.of(e))) {
                try (JarFile jar = new JarFile(e)) {
                    Manifest mf = jar.getManifest();
                    String cp = mf == null ? null : mf.getMainAttributes().getValue("Class-Path");
                    if (cp != null) {
                        for (String u : cp.trim().split("\\s+")) {
                            entries.add(Path.of(java.net.URI.create(u.startsWith("file:") ? u : Path.of(e).getParent().toUri()
                                    .resolve(u).toString())).toString());
                        }
                    }
                }
            }
        }
        entries.add(ROOT.resolve("core/target/test-classes").toAbsolutePath().toString());
        return String.join(File.pathSeparator, entries);
    }

    /**
     * The change a unified diff makes to one file: hunks found by their context and removed lines
     * (line numbers only say where to start looking), so a diff that no longer matches the file fails.
     */
    record FileDiff(String path, List<List<String>> hunks) {
        static List<FileDiff> parse(String diff) {
            List<FileDiff> files = new ArrayList<>();
            String path = null;
            List<List<String>> hunks = null;
            List<String> hunk = null;
            for (String line : diff.stripTrailing().split("\n", -1)) {
                if (line.startsWith("+++ b/")) {
                    path = line.substring("+++ b/".length()).strip();
                    hunks = new ArrayList<>();
                    files.add(new FileDiff(path, hunks));
                    hunk = null;
                } else if (line.startsWith("@@")) {
                    hunk = new ArrayList<>();
                    hunks.add(hunk);
                } else if (hunk != null && (line.startsWith(" ") || line.startsWith("+") || line.startsWith("-") || line.isEmpty())) {
                    if (!line.startsWith("---")) {
                        hunk.add(line.isEmpty() ? " " : line);
                    }
                } else if (line.startsWith("diff ") || line.startsWith("index ") || line.startsWith("--- ")) {
                    hunk = null;
                }
            }
            return files;
        }

        String applyTo(String text, String where) {
            List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
            int from = 0;
            for (List<String> h : hunks) {
                List<String> old = h.stream().filter(l -> !l.startsWith("+")).map(l -> l.substring(1)).toList();
                List<String> now = h.stream().filter(l -> !l.startsWith("-")).map(l -> l.substring(1)).toList();
                int at = indexOf(lines, old, from);
                assertThat(at).as(where + ": a hunk of " + path + " no longer matches the file; update the guide:\n"
                        + String.join("\n", h)).isNotNegative();
                for (int i = 0; i < old.size(); i++) {
                    lines.remove(at);
                }
                lines.addAll(at, now);
                from = at + now.size();
            }
            return String.join("\n", lines);
        }

        private static int indexOf(List<String> lines, List<String> block, int from) {
            for (int i = from; i + block.size() <= lines.size(); i++) {
                if (lines.subList(i, i + block.size()).equals(block)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
