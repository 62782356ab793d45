package io.xingzhi.core.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The audit trail never keeps an identity number, whoever writes the entry and wherever the number hides. */
class AuditEntryTest {
    static final String NUMBER = "21010319900307123X";

    @Test
    void anIdentityNumberInTheActionTheDetailOrTheActorIsKeptMasked() {
        AuditEntry e = new AuditEntry(Instant.EPOCH, "viewer " + NUMBER, "127.0.0.1", "GET /leads/" + NUMBER,
                List.of("XZ-0123456789abcdef"), "query agency=" + NUMBER + "&kind=NOT_TRANSFERRED; 关于汪某（" + NUMBER + "）");

        assertThat(e.actor() + e.action() + e.detail()).doesNotContain(NUMBER).doesNotContain("19900307");
        assertThat(e.action()).isEqualTo("GET /leads/210103********123X");
        assertThat(e.detail()).startsWith("query agency=210103********123X&kind=NOT_TRANSFERRED");
        assertThat(e.leadIds()).containsExactly("XZ-0123456789abcdef");
    }

    @Test
    void shorterNumbersSuchAsDocumentOrCaseNumbersAreKept() {
        AuditEntry e = new AuditEntry(Instant.EPOCH, "reviewer", "cli", "file document", List.of(),
                "丹检纠〔2024〕12号 for (2024)辽0682刑初123号, job 20241207153045");
        assertThat(e.detail()).isEqualTo("丹检纠〔2024〕12号 for (2024)辽0682刑初123号, job 20241207153045");
    }
}
