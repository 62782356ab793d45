package io.xingzhi.cli;

import io.xingzhi.core.app.DocumentSettings;
import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.document.TemplateSource;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How documents are drafted and numbered, the same options for {@code document} and {@code serve}:
 * the procuratorate's name, the number prefix and edited templates.
 */
final class DocumentOptions {
    @Option(names = "--procuratorate", defaultValue = DocumentDrafter.DEFAULT_PROCURATORATE,
            description = "the issuing procuratorate, on every document (default ${DEFAULT-VALUE})")
    String procuratorate;

    @Option(names = "--number-prefix", defaultValue = DocumentSettings.DEFAULT_NUMBER_PREFIX,
            description = "what document numbers start with, e.g. 凤检刑执 for 凤检刑执纠〔2024〕3号 (default ${DEFAULT-VALUE})")
    String numberPrefix;

    @Option(names = "--templates", description = "folder of edited templates, in front of the bundled ones")
    Path templates;

    DocumentSettings settings() {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new XingzhiCli.UsageError("--templates: " + templates + " is not a folder");
        }
        if (procuratorate.isBlank() || numberPrefix.isBlank()) {
            throw new XingzhiCli.UsageError("--procuratorate and --number-prefix must not be blank");
        }
        DocumentSettings s = DocumentSettings.defaults().withProcuratorate(procuratorate).withNumberPrefix(numberPrefix);
        return templates == null ? s
                : s.withTemplates(new DirectoryTemplateSource(templates).orElse(TemplateSource.classpath()));
    }
}
