package io.xingzhi.adapter.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.xingzhi.core.XingzhiException;
import io.xingzhi.core.governance.GovernanceKind;
import io.xingzhi.core.governance.GovernanceRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Keeping a governance record takes the next number and tries again only when another writer took
 * it at once; a record the database refuses for good (here: it follows from a record that does not
 * exist) is reported at the first try, with the database's reason, not after fifty.
 */
class KeepRetriesOnlyLostRacesTest {

    @Test
    void aRecordTheDatabaseRefusesIsReportedAtOnce() {
        JdbiLeadStore store = JdbiLeadStore.open("jdbc:h2:mem:keep-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        AtomicInteger tries = new AtomicInteger();
        assertThatThrownBy(() -> store.keep(n -> {
            tries.incrementAndGet();
            return GovernanceRecord.create(n, GovernanceKind.MECHANISM, "禁止令执行联动协作机制", List.of("凤城市司法局"),
                    LocalDate.of(2024, 6, 1), Optional.empty(), "", "每季度通报", List.of(), Optional.of(0L), "李检察官");
        })).isInstanceOf(XingzhiException.class).hasMessageContaining("cannot keep a governance record")
                .hasMessageContaining("23506");
        assertThat(tries).as("tries").hasValue(1);
        assertThat(store.governanceRecords()).isEmpty();
    }
}
