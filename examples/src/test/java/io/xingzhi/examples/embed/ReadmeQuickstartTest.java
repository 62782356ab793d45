package io.xingzhi.examples.embed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's snippets come from code the build compiles and runs, and its guide links resolve. */
class ReadmeQuickstartTest {
    private static final Path ROOT = Path.of("..");

    private static String readme() throws IOException {
        return Files.readString(ROOT.resolve("README.md"));
    }

    private static String section(String text, String heading) {
        int start = text.indexOf("\n## " + heading + "\n");
        assertThat(start).as("README section %s", heading).isNotNegative();
        int end = text.indexOf("\n## ", start + 1);
        return text.substring(start, end < 0 ? text.length() : end);
    }

    @Test
    void theQuickstartIsQuickStartJavaWholeWithARunCommand() throws IOException {
        String quickstart = section(readme(), "Quickstart");
        Matcher m = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(quickstart);
        assertThat(m.find()).as("a java block in the Quickstart section").isTrue();
        String source = Files.readString(Path.of("src/main/java/io/xingzhi/examples/embed/QuickStart.java"));
        assertThat(m.group(1).strip()).as("the README shows QuickStart.java as it is, imports and all").isEqualTo(source.strip());
        assertThat(quickstart).contains("java -cp cli/target/xingzhi-cli.jar examples/src/main/java/io/xingzhi/examples/embed/QuickStart.java");
    }

    @Test
    void theMavenSnippetImportsTheBomTakesCoreAndTheCsvAdapterAndCompilesForJava17() throws IOException {
        String quickstart = section(readme(), "Quickstart");
        assertThat(quickstart).contains("<artifactId>xingzhi-bom</artifactId>", "<scope>import</scope>",
                "<artifactId>xingzhi-core</artifactId>", "<artifactId>xingzhi-adapters-csv</artifactId>",
                "<artifactId>maven-compiler-plugin</artifactId>", "<release>17</release>");
    }

    @Test
    void everyGuideTheReadmeLinksExists() throws IOException {
        Matcher m = Pattern.compile("\\]\\((docs/[^)]+)\\)").matcher(section(readme(), "Guides"));
        List<String> links = new ArrayList<>();
        while (m.find()) {
            links.add(m.group(1));
        }
        assertThat(links).contains("docs/writing-an-adapter.md", "docs/writing-a-model.md", "docs/testing-with-fixtures.md",
                "docs/configuration.md", "docs/rest-api.md");
        assertThat(links).allSatisfy(l -> assertThat(ROOT.resolve(l)).isRegularFile());
    }
}
