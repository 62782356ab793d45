package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Interner;
import com.google.common.collect.Interners;
import org.junit.jupiter.api.Test;

/**
 * Mapping through an interner of identities gives exactly what plain mapping gives, and the records
 * of one person, from different datasets, then hold one identity (the engine's small side does this
 * so that a person's records do not each keep copies of the number and name for the whole run).
 */
class SharedIdentitiesTest {
    private final RecordMapper mapper = RecordMapper.standard();

    private static RawRow row(Dataset d, String[] headers, String... values) {
        return RawRow.of(new SourceRef(d, d.fileStem() + ".csv", 2), headers, values, values.length);
    }

    @Test
    void recordsOfOnePersonShareOneIdentityAndMapAsWithout() {
        Interner<RecordIdentity> identities = Interners.newStrongInterner();
        RawRow custody = row(Dataset.CUSTODY, new String[] {"name", "id_number", "admitted_on"},
                "张三", "11010519491231002X", "2024-01-02");
        RawRow release = row(Dataset.RESETTLEMENT, new String[] {"姓名", "身份证号", "释放日期"},
                "张三", "11010519491231002x", "2024-05-06");
        RawRow other = row(Dataset.RESETTLEMENT, new String[] {"name", "id_number", "released_on"},
                "李四", "11010519491231002X", "2024-05-06");
        MappingResult a = mapper.map(custody, identities::intern);
        MappingResult b = mapper.map(release, identities::intern);
        MappingResult c = mapper.map(other, identities::intern);
        assertThat(a).isEqualTo(mapper.map(custody));
        assertThat(b).isEqualTo(mapper.map(release));
        assertThat(c).isEqualTo(mapper.map(other));
        RecordIdentity first = ((MappingResult.Accepted) a).record().identity();
        assertThat(((MappingResult.Accepted) b).record().identity()).isSameAs(first);
        assertThat(((MappingResult.Accepted) c).record().identity()).isNotSameAs(first)
                .as("another name is another identity").isNotEqualTo(first);
    }
}
