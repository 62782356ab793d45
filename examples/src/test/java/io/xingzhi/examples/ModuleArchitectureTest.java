package io.xingzhi.examples;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The rules between Xingzhi's Maven modules, checked here because {@code examples} is the one
 * module whose test class path holds all of them (the command line, at test scope) (core's own rules are in core's
 * {@code ArchitectureTest}). Only production classes are imported; the violating fixtures of
 * {@link ModuleArchitectureRulesCanFailTest} are test classes and stay out.
 *
 * <p>Rules whose subject is a module still without classes (the adapters and the testkit are
 * written issue by issue) allow an empty subject; {@link #everyModuleWithSourcesIsImported} then
 * makes sure that a module with sources really is on the class path, so those rules cannot pass
 * by not seeing it.
 */
@AnalyzeClasses(packages = "io.xingzhi", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleArchitectureTest {

    /** Module directory → the one package root its classes live in. */
    static final Map<String, String> PACKAGE_ROOTS = orderedRoots();

    /** In module order, so checks that stop at the first missing module are deterministic. */
    private static Map<String, String> orderedRoots() {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        m.put("core", "io.xingzhi.core");
        m.put("testkit", "io.xingzhi.testkit");
        m.put("generator", "io.xingzhi.generator");
        m.put("formats", "io.xingzhi.format");
        m.put("adapters-csv", "io.xingzhi.adapter.csv");
        m.put("adapters-jdbc", "io.xingzhi.adapter.jdbc");
        m.put("adapters-rest", "io.xingzhi.adapter.rest");
        m.put("adapters-docx", "io.xingzhi.adapter.docx");
        m.put("adapters-spark", "io.xingzhi.adapter.spark");
        m.put("cli", "io.xingzhi.cli");
        m.put("examples", "io.xingzhi.examples");
        return java.util.Collections.unmodifiableMap(m);
    }

    @ArchTest
    static final ArchRule adaptersNeverDependOnEachOther = slices()
            .matching("io.xingzhi.adapter.(*)..")
            .should().notDependOnEachOther()
            .allowEmptyShould(true)
            .because("an adapter moves bytes between one technology and core; an embedder takes the CSV "
                    + "adapter without a database or a web server, so what two adapters share belongs in core");

    @ArchTest
    static final ArchRule coreKnowsNoOtherModule = noClasses()
            .that().resideInAPackage("io.xingzhi.core..")
            .should().dependOnClassesThat().resideInAnyPackage(
                    "io.xingzhi.adapter..", "io.xingzhi.format..", "io.xingzhi.testkit..", "io.xingzhi.generator..",
                    "io.xingzhi.cli..", "io.xingzhi.examples..")
            .allowEmptyShould(false)
            .because("core is the inside of the hexagon: adapters implement its ports, never the other way round");

    @ArchTest
    static final ArchRule formatsKnowOnlyCore = noClasses()
            .that().resideInAPackage("io.xingzhi.format..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xingzhi.adapter..", "io.xingzhi.testkit..",
                    "io.xingzhi.generator..", "io.xingzhi.cli..", "io.xingzhi.examples..")
            .allowEmptyShould(false)
            .because("formats is the one row reader every byte-reading adapter shares (a file, an HTTP feed): "
                    + "it may use core only, so that any adapter can take it without taking another adapter");

    @ArchTest
    static final ArchRule adaptersKnowOnlyCore = noClasses()
            .that().resideInAPackage("io.xingzhi.adapter..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xingzhi.testkit..", "io.xingzhi.generator..",
                    "io.xingzhi.cli..", "io.xingzhi.examples..")
            .allowEmptyShould(true)
            .because("an adapter is a library: it may use core and formats, never the test kit, the generator or the command line");

    @ArchTest
    static final ArchRule testkitKnowsNoAdapter = noClasses()
            .that().resideInAPackage("io.xingzhi.testkit..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xingzhi.adapter..", "io.xingzhi.generator..",
                    "io.xingzhi.cli..", "io.xingzhi.examples..")
            .allowEmptyShould(true)
            .because("the test kit's contract tests are run by every adapter, so it can depend on none of them");

    @ArchTest
    static final ArchRule generatorKnowsOnlyCore = noClasses()
            .that().resideInAPackage("io.xingzhi.generator..")
            .should().dependOnClassesThat().resideInAnyPackage("io.xingzhi.adapter..", "io.xingzhi.format..",
                    "io.xingzhi.testkit..", "io.xingzhi.cli..", "io.xingzhi.examples..")
            .allowEmptyShould(false)
            .because("the generator writes agency data in the contract's format from core's rules alone, "
                    + "so a benchmark or a demo needs no adapter to make its data");

    @ArchTest
    static final ArchRule nothingButTheExamplesKnowsTheCommandLine = noClasses()
            .that().resideInAnyPackage("io.xingzhi.core..", "io.xingzhi.format..", "io.xingzhi.adapter..",
                    "io.xingzhi.testkit..", "io.xingzhi.generator..")
            .should().dependOnClassesThat().resideInAPackage("io.xingzhi.cli..")
            .allowEmptyShould(false)
            .because("the command line wires the library; the library never calls back into its wiring");

    @ArchTest
    static final ArchRule everyModuleKeepsToItsPackageRoot = classes()
            .that().resideInAPackage("io.xingzhi..")
            .should(liveInTheirModulesPackageRoot())
            .allowEmptyShould(false)
            .because("one module, one package root: the rules above name modules by package, "
                    + "so a class outside its module's root would escape them");

    /**
     * Every module that has main sources has classes on this class path, so no rule above passes
     * merely because a module was not imported.
     */
    @ArchTest
    static void everyModuleWithSourcesIsImported(JavaClasses classes) {
        Path root = repositoryRoot();
        PACKAGE_ROOTS.forEach((module, packageRoot) -> {
            if (hasMainSources(root.resolve(module))) {
                assertThat(classes.stream().map(JavaClass::getPackageName))
                        .as("classes of module %s (package %s)", module, packageRoot)
                        .anyMatch(p -> p.equals(packageRoot) || p.startsWith(packageRoot + "."));
            }
        });
    }

    /** The module a class was loaded from, judged by its directory or jar name; empty if neither. */
    static Optional<String> moduleOf(JavaClass javaClass) {
        String uri = javaClass.getSource().map(s -> s.getUri().toString()).orElse("");
        return PACKAGE_ROOTS.keySet().stream()
                .filter(m -> uri.contains("/" + m + "/target/") || uri.contains("/xingzhi-" + m + "-"))
                .findFirst();
    }

    static ArchCondition<JavaClass> liveInTheirModulesPackageRoot() {
        return new ArchCondition<>("live in the package root of the module they come from") {
            @Override
            public void check(JavaClass javaClass, ConditionEvents events) {
                Optional<String> module = moduleOf(javaClass);
                String pkg = javaClass.getPackageName();
                boolean ok = module.map(PACKAGE_ROOTS::get)
                        .map(r -> pkg.equals(r) || pkg.startsWith(r + "."))
                        .orElse(false);
                String where = module.map(m -> "module " + m + " (package root " + PACKAGE_ROOTS.get(m) + ")")
                        .orElse("no known module (" + javaClass.getSource().map(s -> s.getUri().toString()).orElse("?") + ")");
                events.add(new SimpleConditionEvent(javaClass, ok,
                        javaClass.getName() + " comes from " + where));
            }
        };
    }

    /** The repository root: surefire runs in the module directory, examples. */
    static Path repositoryRoot() {
        Path here = Path.of("").toAbsolutePath();
        for (Path p = here; p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("core")) && Files.isRegularFile(p.resolve("pom.xml"))) {
                return p;
            }
        }
        throw new IllegalStateException("no repository root above " + here);
    }

    static boolean hasMainSources(Path module) {
        Path sources = module.resolve("src/main/java");
        if (!Files.isDirectory(sources)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(sources)) {
            return files.anyMatch(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
