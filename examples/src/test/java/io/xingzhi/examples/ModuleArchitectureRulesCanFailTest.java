package io.xingzhi.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import io.xingzhi.adapter.csv.violating.CsvReaderThatWritesToJdbc;
import io.xingzhi.adapter.rest.violating.RestServerThatUsesTheTestkit;
import io.xingzhi.core.violating.CoreThatKnowsAnAdapter;
import io.xingzhi.format.violating.FormatThatKnowsAnAdapter;
import io.xingzhi.testkit.violating.TestkitThatKnowsAnAdapter;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Shows that every rule of {@link ModuleArchitectureTest} can fail: each is evaluated on the
 * production classes of all modules plus one deliberately violating test class, and must report
 * that class; the production classes alone keep every rule.
 */
class ModuleArchitectureRulesCanFailTest {

    private static final ImportOption PRODUCTION_CODE = new ImportOption.DoNotIncludeTests();

    private static final List<ArchRule> ALL_RULES = List.of(
            ModuleArchitectureTest.adaptersNeverDependOnEachOther,
            ModuleArchitectureTest.coreKnowsNoOtherModule,
            ModuleArchitectureTest.formatsKnowOnlyCore,
            ModuleArchitectureTest.adaptersKnowOnlyCore,
            ModuleArchitectureTest.testkitKnowsNoAdapter,
            ModuleArchitectureTest.everyModuleKeepsToItsPackageRoot);

    private static JavaClasses productionWith(Class<?>... fixtures) {
        return new ClassFileImporter()
                .withImportOption(location -> PRODUCTION_CODE.includes(location) || Arrays.stream(fixtures)
                        .anyMatch(f -> location.contains("/" + f.getName().replace('.', '/') + ".class")))
                .importPackages("io.xingzhi");
    }

    private static void assertViolatedBy(ArchRule rule, Class<?> fixture) {
        EvaluationResult result = rule.evaluate(productionWith(fixture));
        assertThat(result.hasViolation()).as("%s violated by %s", rule.getDescription(), fixture.getName()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anyMatch(d -> d.contains(fixture.getName()));
    }

    @Test
    void productionCodeAloneKeepsEveryRule() {
        JavaClasses production = productionWith();
        for (ArchRule rule : ALL_RULES) {
            assertThat(rule.evaluate(production).hasViolation()).as(rule.getDescription()).isFalse();
        }
        assertThat(production.stream().map(c -> c.getPackageName())).noneMatch(p -> p.endsWith(".violating"));
    }

    @Test
    void adapterIsolationFailsWhenTheCsvAdapterUsesTheJdbcAdapter() {
        assertViolatedBy(ModuleArchitectureTest.adaptersNeverDependOnEachOther, CsvReaderThatWritesToJdbc.class);
    }

    @Test
    void coreRuleFailsWhenCoreUsesAnAdapter() {
        assertViolatedBy(ModuleArchitectureTest.coreKnowsNoOtherModule, CoreThatKnowsAnAdapter.class);
    }

    @Test
    void formatsRuleFailsWhenTheFormatsModuleUsesAnAdapter() {
        assertViolatedBy(ModuleArchitectureTest.formatsKnowOnlyCore, FormatThatKnowsAnAdapter.class);
    }

    @Test
    void adapterRuleFailsWhenAnAdapterUsesTheTestkit() {
        assertViolatedBy(ModuleArchitectureTest.adaptersKnowOnlyCore, RestServerThatUsesTheTestkit.class);
    }

    @Test
    void testkitRuleFailsWhenTheTestkitUsesAnAdapter() {
        assertViolatedBy(ModuleArchitectureTest.testkitKnowsNoAdapter, TestkitThatKnowsAnAdapter.class);
    }

    @Test
    void packageRootRuleFailsOnAClassOutsideItsModulesRoot() {
        // compiled into examples' test classes, the class is examples' but lives in io.xingzhi.adapter.csv
        assertViolatedBy(ModuleArchitectureTest.everyModuleKeepsToItsPackageRoot, CsvReaderThatWritesToJdbc.class);
    }

    @Test
    void importCheckFailsWhenAModuleWithSourcesIsMissing() {
        JavaClasses nothing = new ClassFileImporter().importClasses(List.of());

        assertThatThrownBy(() -> ModuleArchitectureTest.everyModuleWithSourcesIsImported(nothing))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("module core");
    }

    @Test
    void rulesOnCoreFailOnNoClassesAtAll() {
        JavaClasses nothing = new ClassFileImporter().importClasses(List.of());
        assertThatThrownBy(() -> ModuleArchitectureTest.coreKnowsNoOtherModule.check(nothing))
                .isInstanceOf(AssertionError.class);
        assertThatThrownBy(() -> ModuleArchitectureTest.everyModuleKeepsToItsPackageRoot.check(nothing))
                .isInstanceOf(AssertionError.class);
    }
}
