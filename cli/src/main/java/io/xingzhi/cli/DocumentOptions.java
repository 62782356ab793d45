package io.xingzhi.cli;

import io.xingzhi.core.app.DocumentSettings;
import io.xingzhi.core.document.DocumentDrafter;
import io.xingzhi.core.document.TemplateSource;
import io.xingzhi.format.ConfigFile;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * How documents are drafted and numbered, the same options for {@code document} and {@code serve}:
 * the procuratorate's name, the number prefix and edited templates. The name and the prefix come
 * from the option, else from the {@code --config} file ({@code "procuratorate"},
 * {@code "document_number_prefix"}), else the placeholders of {@link DocumentSettings#defaults()}; the
 * departments a lead may be referred to from the file's {@code "referral_departments"}, else
 * {@link DocumentSettings#DEFAULT_REFERRAL_DEPARTMENTS}.
 */
final class DocumentOptions {
    @Option(names = "--procuratorate", descriptionKey = "procuratorate",
            description = "the issuing procuratorate, on every document (else the config file's \"procuratorate\")")
    String procuratorate;

    @Option(names = "--number-prefix", descriptionKey = "number-prefix",
            description = "what document numbers start with, e.g. 凤检刑执 for 凤检刑执纠〔2024〕3号 (else the config file's "
                    + "\"document_number_prefix\")")
    String numberPrefix;

    @Option(names = "--templates", description = "folder of edited templates, in front of the bundled ones")
    Path templates;

    /** The settings these options and the configuration file {@code cfg} describe. */
    DocumentSettings settings(ConfigFile cfg) {
        if (templates != null && !Files.isDirectory(templates)) {
            throw new XingzhiCli.UsageError(Lang.text("--templates：" + templates + " 不是文件夹",
                    "--templates: " + templates + " is not a folder"));
        }
        if ((procuratorate != null && procuratorate.isBlank()) || (numberPrefix != null && numberPrefix.isBlank())) {
            throw new XingzhiCli.UsageError(Lang.text("--procuratorate 和 --number-prefix 不能为空",
                    "--procuratorate and --number-prefix must not be blank"));
        }
        String name = procuratorate != null ? procuratorate.strip()
                : cfg.procuratorate().orElse(DocumentDrafter.DEFAULT_PROCURATORATE);
        String prefix = numberPrefix != null ? numberPrefix.strip()
                : cfg.documentNumberPrefix().orElse(DocumentSettings.DEFAULT_NUMBER_PREFIX);
        DocumentSettings s = referrals(cfg, DocumentSettings.defaults().withProcuratorate(name).withNumberPrefix(prefix));
        return templates == null ? s
                : s.withTemplates(new DirectoryTemplateSource(templates).orElse(TemplateSource.classpath()));
    }

    /** {@code settings} with the referral departments the configuration file names, when it names any. */
    static DocumentSettings referrals(ConfigFile cfg, DocumentSettings settings) {
        return cfg.referralDepartments().isEmpty() ? settings : settings.withReferralDepartments(cfg.referralDepartments());
    }
}
