package io.xingzhi.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** What the server logs of an unexpected failure: where it happened, to find it, and none of its messages. */
class FailureLogTest {
    @Test
    void anUnexpectedFailureIsLoggedWithItsChainAndFramesButWithoutAnyMessage() {
        SQLException database = new SQLException("Timeout trying to lock table; VALUES ('210103199001171536', '张三丰')", "HYT00", 50200);
        IllegalStateException failure = new IllegalStateException("reading lead of 张三丰 (210103199001171536)",
                new RuntimeException("wrapped", database));

        String logged = XingzhiServer.failure(failure);

        assertThat(logged).startsWith("java.lang.IllegalStateException\n    at ")
                .contains("caused by java.lang.RuntimeException", "caused by java.sql.SQLException (SQLState HYT00, error code 50200)")
                .contains(FailureLogTest.class.getName() + ".anUnexpectedFailureIsLoggedWithItsChainAndFramesButWithoutAnyMessage")
                .doesNotContain("210103199001171536").doesNotContain("张三丰").doesNotContain("lock table").doesNotContain("wrapped");
    }
}
