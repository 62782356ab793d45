package io.xingzhi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.xingzhi.core.governance.violating.MeasureThatAsksForToday;
import io.xingzhi.core.governance.violating.MeasureThatReadsTheStore;
import io.xingzhi.core.lead.violating.LeadThatRunsAModel;
import io.xingzhi.core.supervision.violating.ImpureModels;
import io.xingzhi.core.supervision.violating.ModelThatWritesARun;
import io.xingzhi.core.value.violating.ValueThatKnowsARecord;
import io.xingzhi.core.value.violating.ValueThatReadsASource;
import io.xingzhi.core.value.violating.ValueThatUsesAssertJ;
import io.xingzhi.core.violating.ClassInNoRing;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Shows that every rule of {@link ArchitectureTest} can fail: each rule is evaluated on core's
 * production classes plus one deliberately violating class from the test sources (packages named
 * {@code violating}), and must report that class. The production classes alone pass every rule,
 * so the violation comes from the fixture and nothing else.
 */
class ArchitectureRulesCanFailTest {

    private static final ImportOption PRODUCTION_CODE = new ImportOption.DoNotIncludeTests();

    private static final List<ArchRule> ALL_RULES = List.of(
            ArchitectureTest.coreIsAnOnion,
            ArchitectureTest.coreDependsOnJdkAndGuavaOnly,
            ArchitectureTest.modelsDoNoIo,
            ArchitectureTest.modelsReadNoClock,
            ArchitectureTest.corePackagesAreFreeOfCycles,
            ArchitectureTest.governanceKnowsNoStoreServiceOrModel);

    /** Core's production classes, as {@link ArchitectureTest} imports them. */
    private static JavaClasses production() {
        return importCore(location -> false);
    }

    /** Core's production classes plus exactly the given test-source classes. */
    private static JavaClasses productionWith(Class<?>... fixtures) {
        return importCore(location -> Arrays.stream(fixtures)
                .anyMatch(f -> location.contains("/" + f.getName().replace('.', '/') + ".class")));
    }

    private static JavaClasses importCore(Predicate<Location> alsoInclude) {
        return new ClassFileImporter()
                .withImportOption(location -> PRODUCTION_CODE.includes(location) || alsoInclude.test(location))
                .importPackages("io.xingzhi.core");
    }

    private static void assertViolatedBy(ArchRule rule, Class<?> fixture) {
        EvaluationResult result = rule.evaluate(productionWith(fixture));
        assertThat(result.hasViolation()).as("%s violated by %s", rule.getDescription(), fixture.getName()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(fixture.getName()));
    }

    @Test
    void productionCodeAloneKeepsEveryRule() {
        JavaClasses production = production();
        for (ArchRule rule : ALL_RULES) {
            assertThat(rule.evaluate(production).hasViolation()).as(rule.getDescription()).isFalse();
        }
    }

    @Test
    void theArchitectureTestNeverSeesTheViolatingFixtures() {
        JavaClasses production = production();

        assertThat(production.contain(XingzhiException.class)).isTrue();
        assertThat(production.stream().map(c -> c.getPackageName()))
                .isNotEmpty()
                .noneMatch(p -> p.endsWith(".violating"));
    }

    @ParameterizedTest
    @ValueSource(classes = {ValueThatReadsASource.class, LeadThatRunsAModel.class, ModelThatWritesARun.class})
    void onionFailsWhenADependencyPointsOutwards(Class<?> fixture) {
        assertViolatedBy(ArchitectureTest.coreIsAnOnion, fixture);
    }

    @Test
    void onionFailsOnAPackageInNoRing() {
        assertViolatedBy(ArchitectureTest.coreIsAnOnion, ClassInNoRing.class);
    }

    @Test
    void onionFailsWhenARingIsEmpty() {
        JavaClasses withoutModels = production().that(DescribedPredicate.describe("outside supervision",
                c -> !c.getPackageName().startsWith("io.xingzhi.core.supervision")));

        assertThatThrownBy(() -> ArchitectureTest.coreIsAnOnion.check(withoutModels))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("domain services ring has classes");
    }

    @Test
    void dependencyRuleFailsOnAnotherLibrary() {
        assertViolatedBy(ArchitectureTest.coreDependsOnJdkAndGuavaOnly, ValueThatUsesAssertJ.class);
    }

    @ParameterizedTest
    @ValueSource(classes = {ImpureModels.ReadsAFile.class, ImpureModels.OpensAUrl.class,
        ImpureModels.QueriesADatabase.class, ImpureModels.PrintsToTheConsole.class})
    void purityFailsOnAModelDoingIo(Class<?> fixture) {
        assertViolatedBy(ArchitectureTest.modelsDoNoIo, fixture);
    }

    @ParameterizedTest
    @ValueSource(classes = {ImpureModels.AsksLocalDateForToday.class, ImpureModels.AsksInstantForNow.class,
        ImpureModels.CountsMillis.class, ImpureModels.HoldsAClock.class})
    void purityFailsOnAModelReadingTheClock(Class<?> fixture) {
        assertViolatedBy(ArchitectureTest.modelsReadNoClock, fixture);
    }

    @Test
    void governanceRingFailsOnARuleThatReadsTheStore() {
        assertViolatedBy(ArchitectureTest.governanceKnowsNoStoreServiceOrModel, MeasureThatReadsTheStore.class);
        assertViolatedBy(ArchitectureTest.coreIsAnOnion, MeasureThatReadsTheStore.class);
    }

    @Test
    void purityFailsOnAGovernanceRuleReadingTheClock() {
        assertViolatedBy(ArchitectureTest.modelsReadNoClock, MeasureThatAsksForToday.class);
    }

    @Test
    void cycleRuleFailsOnAValueThatKnowsARecord() {
        EvaluationResult result = ArchitectureTest.corePackagesAreFreeOfCycles.evaluate(
                productionWith(ValueThatKnowsARecord.class));

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anyMatch(d -> d.contains("Cycle detected") && d.contains(ValueThatKnowsARecord.class.getName()));
    }

    @Test
    void everyRuleFailsOnNoClassesAtAll() {
        JavaClasses nothing = new ClassFileImporter().importClasses(List.of());
        for (ArchRule rule : ALL_RULES) {
            assertThatThrownBy(() -> rule.check(nothing)).as(rule.getDescription()).isInstanceOf(AssertionError.class);
        }
    }
}
