package io.xingzhi.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.onionArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.time.InstantSource;
import java.util.Set;

/**
 * The architecture of core, as named ArchUnit rules over core's production classes (test
 * classes, including the deliberately violating fixtures of {@link ArchitectureRulesCanFailTest},
 * are not imported). No rule may pass vacuously: every rule fails when its subject is empty, and
 * the onion rule fails on an empty ring or on a class that belongs to no ring.
 *
 * <p>The rings of the onion, from the inside out:
 * <ul>
 *   <li><b>domain model</b>: the root package ({@link XingzhiException}), {@code value},
 *       {@code sentence}, {@code record}, {@code identity}, {@code lead}, {@code review},
 *       {@code governance} (诉源治理: 检察建议, meetings, measures, mechanisms and their statuses);</li>
 *   <li><b>domain services</b>: {@code supervision}, the pure models that turn a person's records
 *       into leads; nothing in the domain model knows them;</li>
 *   <li><b>application</b>: {@code port} (the interfaces the engine meets the world through),
 *       {@code run} (what a run reads and finds), {@code engine} (running the models), {@code document}
 *       (drafting documents from stored leads), {@code stats} (review statistics) and {@code app}
 *       (the application services every door calls: run, review, documents, statistics);</li>
 *   <li><b>adapters</b>: none in core; the adapter modules, whose mutual isolation is checked by
 *       {@code ModuleArchitectureTest} in {@code examples}, which sees every module.</li>
 * </ul>
 * Rules are package-private fields so that {@link ArchitectureRulesCanFailTest} can feed each one
 * a violating class and show that it fails.
 */
@AnalyzeClasses(packages = "io.xingzhi.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    static final String[] DOMAIN_MODEL = {
        "io.xingzhi.core", "io.xingzhi.core.value..", "io.xingzhi.core.sentence..", "io.xingzhi.core.record..",
        "io.xingzhi.core.identity..", "io.xingzhi.core.lead..", "io.xingzhi.core.review..", "io.xingzhi.core.governance.."};
    static final String[] DOMAIN_SERVICES = {"io.xingzhi.core.supervision.."};
    static final String[] APPLICATION = {"io.xingzhi.core.port..", "io.xingzhi.core.run..", "io.xingzhi.core.engine..",
        "io.xingzhi.core.document..", "io.xingzhi.core.stats..", "io.xingzhi.core.app.."};

    /**
     * Packages whose code must be pure: the models, the sentence law they compute with, and the rules
     * of source governance (overdue is seen from a date given, never from the clock).
     */
    static final String[] PURE = {"io.xingzhi.core.supervision..", "io.xingzhi.core.sentence..", "io.xingzhi.core.governance.."};

    /**
     * The onion, and each of its three core rings inhabited. ArchUnit's onion always has an
     * adapter ring, empty in core, so its layers must be optional; the emptiness checks put back
     * what that gives up, so the rule cannot pass on a core whose rings were renamed away.
     */
    @ArchTest
    static final ArchRule coreIsAnOnion = CompositeArchRule
            .of(onionArchitecture()
                    .domainModels(DOMAIN_MODEL)
                    .domainServices(DOMAIN_SERVICES)
                    .applicationServices(APPLICATION)
                    .withOptionalLayers(true)
                    .ensureAllClassesAreContainedInArchitecture())
            .and(inhabited("domain model", DOMAIN_MODEL))
            .and(inhabited("domain services", DOMAIN_SERVICES))
            .and(inhabited("application", APPLICATION))
            .because("dependencies point inwards: values, records and identities know nothing of the models, "
                    + "the models know nothing of ports or runs, and every core package has a declared ring "
                    + "(DESIGN.md: a hexagon as Maven modules)");

    @ArchTest
    static final ArchRule coreDependsOnJdkAndGuavaOnly = classes()
            .that().resideInAPackage("io.xingzhi.core..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "java..",
                    "io.xingzhi.core..",
                    "com.google.common..",
                    // annotations that come with Guava itself
                    "com.google.errorprone.annotations..", "com.google.j2objc.annotations..", "org.jspecify.annotations..")
            .allowEmptyShould(false)
            .because("core depends on the JDK and Guava only (Chinese text through OpenCC's bundled table), so any "
                    + "embedder can take it without a framework, a database driver or a web server (DESIGN.md, modules)");

    @ArchTest
    static final ArchRule modelsDoNoIo = noClasses()
            .that().resideInAnyPackage(PURE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "java.io..", "java.nio.file..", "java.nio.channels..", "java.net..", "java.sql..", "javax.sql..")
            .allowEmptyShould(false)
            .because("models are pure: records and an as-of date in, leads out; reading files, sockets "
                    + "and databases is the adapters' job");

    @ArchTest
    static final ArchRule modelsReadNoClock = noClasses()
            .that().resideInAnyPackage(PURE)
            .should().callMethodWhere(readingTheClock())
            .orShould().dependOnClassesThat().areAssignableTo(InstantSource.class)
            .allowEmptyShould(false)
            .because("time is an argument (the run's as-of date), never LocalDate.now() inside a model: "
                    + "the same data and as-of date must give the same leads on any day");

    /**
     * The governance ring: records of source governance (诉源治理) and their rules are domain model,
     * kept and counted by the application ring ({@code port.GovernanceStore},
     * {@code app.GovernanceService}) and never the other way round.
     */
    @ArchTest
    static final ArchRule governanceKnowsNoStoreServiceOrModel = noClasses()
            .that().resideInAPackage("io.xingzhi.core.governance..")
            .should().dependOnClassesThat().resideInAnyPackage(concat(APPLICATION, DOMAIN_SERVICES))
            .allowEmptyShould(false)
            .because("a 检察建议, a meeting, a measure or a mechanism and the rules of their statuses hold on their own: "
                    + "the store keeps them and the service applies them, so they can be tested and reused without either");

    @ArchTest
    static final ArchRule corePackagesAreFreeOfCycles = slices()
            .matching("io.xingzhi.core.(*)..")
            .should().beFreeOfCycles()
            .allowEmptyShould(false)
            .because("a cycle between core packages makes them one package in all but name: "
                    + "none can be understood, tested or changed alone");

    static String[] concat(String[] a, String[] b) {
        String[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    /** A rule that holds for every class of {@code ring} and fails when the ring has none. */
    static ArchRule inhabited(String name, String... ring) {
        return classes().that().resideInAnyPackage(ring)
                .should().resideInAnyPackage(ring)
                .as("the " + name + " ring has classes")
                .allowEmptyShould(false);
    }

    /** Calls of {@code now(..)} on any java.time type, and of System.currentTimeMillis/nanoTime. */
    static DescribedPredicate<JavaMethodCall> readingTheClock() {
        return DescribedPredicate.describe("read the clock (java.time *.now(), System.currentTimeMillis/nanoTime)",
                call -> {
                    String owner = call.getTargetOwner().getName();
                    String name = call.getName();
                    return owner.startsWith("java.time.") && name.equals("now")
                            || owner.equals("java.lang.System") && Set.of("currentTimeMillis", "nanoTime").contains(name);
                });
    }
}
