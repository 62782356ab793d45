package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Mapping through interners ({@link SharedValues#interning()}) gives exactly what plain mapping gives, and
 * the records of one person, from different datasets, then hold one identity (those of one case one
 * case number) (the engine's small side does this
 * so that a person's records do not each keep copies of the number and name for the whole run).
 */
class SharedIdentitiesTest {
    private final RecordMapper mapper = RecordMapper.standard();

    private static RawRow row(Dataset d, String[] headers, String... values) {
        return RawRow.of(new SourceRef(d, d.fileStem() + ".csv", 2), headers, values, values.length);
    }

    @Test
    void recordsOfOnePersonShareOneIdentityAndMapAsWithout() {
        SharedValues shared = SharedValues.interning();
        RawRow custody = row(Dataset.CUSTODY, new String[] {"name", "id_number", "admitted_on"},
                "张三", "11010519491231002X", "2024-01-02");
        RawRow release = row(Dataset.RESETTLEMENT, new String[] {"姓名", "身份证号", "释放日期"},
                "张三", "11010519491231002x", "2024-05-06");
        RawRow other = row(Dataset.RESETTLEMENT, new String[] {"name", "id_number", "released_on"},
                "李四", "11010519491231002X", "2024-05-06");
        MappingResult a = mapper.map(custody, shared);
        MappingResult b = mapper.map(release, shared);
        MappingResult c = mapper.map(other, shared);
        assertThat(a).isEqualTo(mapper.map(custody));
        assertThat(b).isEqualTo(mapper.map(release));
        assertThat(c).isEqualTo(mapper.map(other));
        RecordIdentity first = ((MappingResult.Accepted) a).record().identity();
        assertThat(((MappingResult.Accepted) b).record().identity()).isSameAs(first);
        assertThat(((MappingResult.Accepted) c).record().identity()).isNotSameAs(first)
                .as("another name is another identity").isNotEqualTo(first);
    }

    @Test
    void recordsOfOneCaseShareOneCaseNumberAndMapAsWithout() {
        SharedValues shared = SharedValues.interning();
        RawRow judgment = row(Dataset.JUDGMENTS, new String[] {"case_number", "id_number", "effective_date", "principal_penalty"},
                "(2024)辽0604刑初1号", "11010519491231002X", "2024-01-02", "拘役");
        RawRow custody = row(Dataset.CUSTODY, new String[] {"case_number", "id_number", "admitted_on"},
                "（2024）辽0604刑初1号", "11010519491231002X", "2024-01-02");
        RawRow other = row(Dataset.CUSTODY, new String[] {"case_number", "id_number", "admitted_on"},
                "(2024)辽0604刑初2号", "11010519491231002X", "2024-01-02");
        MappingResult a = mapper.map(judgment, shared);
        MappingResult b = mapper.map(custody, shared);
        MappingResult c = mapper.map(other, shared);
        assertThat(a).isEqualTo(mapper.map(judgment));
        assertThat(b).isEqualTo(mapper.map(custody));
        assertThat(c).isEqualTo(mapper.map(other));
        Judgment j = (Judgment) ((MappingResult.Accepted) a).record();
        assertThat(((CustodyStay) ((MappingResult.Accepted) b).record()).caseNumber()).isPresent().isSameAs(j.caseNumber());
        assertThat(((CustodyStay) ((MappingResult.Accepted) c).record()).caseNumber()).isNotEqualTo(j.caseNumber());
    }
}
