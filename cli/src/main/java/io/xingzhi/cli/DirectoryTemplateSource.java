package io.xingzhi.cli;

import io.xingzhi.core.document.TemplateSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Templates a procuratorate edited, read as UTF-8 from one folder ({@code 纠正违法通知书-custody-transfer.md}
 * and so on); put in front of {@link TemplateSource#classpath()} so that absent files fall back to
 * the bundled templates. Names with path separators are never read.
 */
public record DirectoryTemplateSource(Path folder) implements TemplateSource {
    @Override
    public Optional<String> template(String name) {
        if (name.contains("/") || name.contains("\\") || name.contains("..")) {
            return Optional.empty();
        }
        Path f = folder.resolve(name);
        if (!Files.isRegularFile(f)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(f, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + f, e);
        }
    }
}
