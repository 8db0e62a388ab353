package org.daxkit.reports.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EscapingTest {

    @Test
    void xmlForbiddenCharactersBecomeVisibleEscapesAndEverythingElseStays() {
        String input = "a\u0000b\u0007c\tok\r\n\uFFFF\uD800x\uD83D\uDE80\u007F\u0085é";

        assertThat(XmlText.sanitize(input))
                .isEqualTo("a\\u0000b\\u0007c\tok\r\n\\uFFFF\\uD800x\uD83D\uDE80\\u007F\\u0085é");
    }

    @Test
    void nullIsEmpty() {
        assertThat(XmlText.sanitize(null)).isEmpty();
        assertThat(Html.esc(null)).isEmpty();
        assertThat(MarkdownText.cell(null)).isEmpty();
    }

    @Test
    void htmlEscapesMarkupAndQuotes() {
        assertThat(Html.esc("<script>alert('x')</script> & \"y\""))
                .isEqualTo("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;y&quot;");
    }

    @Test
    void markdownCellKeepsPipesAndLineBreaksFromBreakingTheTable() {
        assertThat(MarkdownText.cell("a | b\nc\r\nd\re")).isEqualTo("a \\| b<br>c<br>d<br>e");
        assertThat(MarkdownText.cell("<img src=x> *bold* `code` [link](y)"))
                .isEqualTo("\\<img src=x\\> \\*bold\\* \\`code\\` \\[link\\](y)");
    }

    @Test
    void codeBlockFenceOutgrowsBackticksInTheContent() {
        assertThat(MarkdownText.codeBlock("sh", "echo ```` done")).isEqualTo("`````sh\necho ```` done\n`````\n");
        assertThat(MarkdownText.codeBlock("sh", "echo")).isEqualTo("```sh\necho\n```\n");
    }

    @Test
    void formatsIgnoreTheDefaultLocale() {
        assertThat(Formats.seconds(1234)).isEqualTo("1.234");
        assertThat(Formats.duration(850)).isEqualTo("850 ms");
        assertThat(Formats.duration(2346)).isEqualTo("2.35 s");
        assertThat(Formats.percent(1, 3)).isEqualTo("33.33%");
        assertThat(Formats.percent(0, 0)).isEqualTo("0.00%");
    }
}
