package io.xingzhi.core.value;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The text tables a run loads ({@code texts-tables.txt}) are exactly what {@link Texts#derivedTables()}
 * derives from OpenCC's table and the JDK's normaliser: when a source changes (a new OpenCC table, a
 * JDK whose Unicode data differ), this fails and leaves the new derivation in
 * {@code core/target/texts-tables.txt} to be copied over the bundled one.
 */
class TextsTablesTest {
    @Test
    void theBundledTablesAreTheDerivedOnes() throws IOException {
        List<String> derived = Texts.derivedTables();
        List<String> bundled = new ArrayList<>();
        try (InputStream in = Texts.class.getResourceAsStream(Texts.DERIVED)) {
            assertThat(in).as(Texts.DERIVED + " on the classpath").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.US_ASCII).split("\n")) {
                if (!line.isEmpty() && line.charAt(0) != '#') {
                    bundled.add(line);
                }
            }
        }
        if (!bundled.equals(derived)) {
            Path out = Path.of("target", Texts.DERIVED);
            Files.createDirectories(out.getParent());
            Files.write(out, (HEADER + String.join("\n", derived) + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        assertThat(bundled).as("the bundled tables; the derived ones are in core/target/" + Texts.DERIVED)
                .containsExactlyElementsOf(derived);
        assertThat(derived).as("width variants and OpenCC's characters").hasSizeGreaterThan(3000);
    }

    @Test
    void aCharacterConvertsAsTheDerivationSays() {
        assertThat(Texts.toSimplified("張三")).isEqualTo("张三");
        assertThat(Texts.toSimplified("张昇")).isEqualTo("张昇");
        assertThat(Texts.toSimplified("鉅")).isEqualTo("钜");
        assertThat(Texts.toSimplified("\uF900")).as("a compatibility ideograph: its unified character").isEqualTo("岂");
        assertThat(Texts.foldWidth("２０２４（一）")).isEqualTo("2024(一)");
    }

    private static final String HEADER = """
            # Derived by io.xingzhi.core.value.Texts.derivedTables() from opencc/TSCharacters.txt and the JDK's
            # Unicode normaliser; TextsTablesTest holds this file to the derivation (do not edit by hand).
            # A line: s (traditional to simplified) or w (width-folded), the code point, what it becomes (code points).
            """;
}
