package io.xingzhi.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {
    @Test
    void aPasswordOptionIsMaskedInEveryFormAUrlWritesIt() {
        assertThat(JdbcUrls.masked("jdbc:postgresql://db:5432/xz?user=a&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/xz?user=a&password=***&ssl=true");
        assertThat(JdbcUrls.masked("jdbc:h2:file:./store;CIPHER=AES;PASSWORD = two words;AUTO_SERVER=TRUE"))
                .isEqualTo("jdbc:h2:file:./store;CIPHER=AES;PASSWORD = ***;AUTO_SERVER=TRUE");
        assertThat(JdbcUrls.masked("Unable to parse URL 'jdbc:x://h/d?Password=pq' (port)"))
                .isEqualTo("Unable to parse URL 'jdbc:x://h/d?Password=***' (port)");
    }

    @Test
    void aUrlWithoutAPasswordIsShownAsItIs() {
        String url = "jdbc:h2:file:./xingzhi-data/store;CIPHER=AES;AUTO_SERVER=TRUE";
        assertThat(JdbcUrls.masked(url)).isEqualTo(url);
    }
}
