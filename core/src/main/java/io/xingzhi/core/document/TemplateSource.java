package io.xingzhi.core.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * Where document templates come from: a template name (e.g. {@code 纠正违法通知书-custody-transfer.md})
 * gives its Markdown text, or empty when this source has no such template. The default,
 * {@link #classpath()}, reads the templates bundled with core; a procuratorate that edits its own
 * puts a directory source (in an adapter) in front with {@link #orElse(TemplateSource)}.
 */
@FunctionalInterface
public interface TemplateSource {

    /** The classpath folder the bundled templates live in. */
    String CLASSPATH_FOLDER = "io/xingzhi/core/document/templates/";

    /** The template's text, or empty when this source does not have it. */
    Optional<String> template(String name);

    /** This source, and {@code fallback} for the names this source does not have. */
    default TemplateSource orElse(TemplateSource fallback) {
        Objects.requireNonNull(fallback, "fallback");
        return name -> {
            Optional<String> t = template(name);
            return t.isPresent() ? t : fallback.template(name);
        };
    }

    /** The templates bundled with core, read as UTF-8 from {@link #CLASSPATH_FOLDER}. */
    static TemplateSource classpath() {
        return name -> {
            if (name.contains("/") || name.contains("\\") || name.contains("..")) {
                return Optional.empty();
            }
            ClassLoader cl = TemplateSource.class.getClassLoader();
            try (InputStream in = cl.getResourceAsStream(CLASSPATH_FOLDER + name)) {
                return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled template " + name, e);
            }
        };
    }
}
