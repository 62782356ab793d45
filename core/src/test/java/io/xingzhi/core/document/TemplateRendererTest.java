package io.xingzhi.core.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TemplateRendererTest {
    @Test
    void placeholdersAndRepeatBlocksRenderWithOuterValuesVisible() {
        String out = TemplateRenderer.render("t", "致{{to}}：\n{{#leads}}\n- {{name}} {{to}}\n{{/leads}}\n完",
                Map.of("to", "看守所", "leads", List.of(Map.of("name", "张三"), Map.of("name", "李四"))));
        assertThat(out).isEqualTo("致看守所：\n- 张三 看守所\n- 李四 看守所\n完");
    }

    @Test
    void anAbsentOrEmptySectionRendersNothing() {
        assertThat(TemplateRenderer.render("t", "a{{#x}}b{{/x}}c{{#y}}d{{/y}}", Map.of("y", List.of()))).isEqualTo("ac");
    }

    @Test
    void aTextSectionRendersOnceWhenTheTextIsNotBlankAndAnInvertedOneOnlyWhenItIs() {
        String t = "于{{day}}{{#left}}，至{{left}}出所{{/left}}{{^left}}，仍在押{{/left}}。";
        assertThat(TemplateRenderer.render("t", t, Map.of("day", "1日", "left", "9日"))).isEqualTo("于1日，至9日出所。");
        assertThat(TemplateRenderer.render("t", t, Map.of("day", "1日", "left", " "))).isEqualTo("于1日，仍在押。");
        assertThat(TemplateRenderer.render("t", t, Map.of("day", "1日"))).isEqualTo("于1日，仍在押。");
        assertThat(TemplateRenderer.render("t", "{{^xs}}无{{/xs}}", Map.of("xs", List.of(Map.of())))).isEmpty();
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNamingTemplateLineAndTheMissingValue() {
        assertThatThrownBy(() -> TemplateRenderer.render("mine.md", "a\nb {{nmae}}", Map.of("name", "x")))
                .isInstanceOf(TemplateException.class).hasMessage("template mine.md, line 2: no value for {{nmae}}")
                .satisfies(e -> assertThat(((TemplateException) e).missingValue()).contains("nmae"));
    }

    @Test
    void anUnclosedSectionIsAnError() {
        assertThatThrownBy(() -> TemplateRenderer.render("t", "{{#leads}} x", Map.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("{{#leads}} is never closed");
    }

    @Test
    void aStrayCloseTagIsAnError() {
        assertThatThrownBy(() -> TemplateRenderer.render("t", "x {{/leads}}", Map.of()))
                .isInstanceOf(TemplateException.class).hasMessageContaining("{{/leads}} closes nothing open");
    }
}
