package io.xingzhi.core.record;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.value.IdNumber;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A streamed activity about a valid number nobody watches is only checked: it is rejected exactly
 * when {@link RecordMapper#map} rejects it, with the same reason, and otherwise gives no record. A
 * watched one, or one without a valid number, is mapped in full.
 */
class MapIfWatchedTest {
    private final RecordMapper mapper = RecordMapper.standard();

    @Test
    void anUnwatchedActivityIsRejectedExactlyWhenMapRejectsItAndOtherwiseBuildsNothing() {
        Random r = new Random(5);
        int unwatchedAccepted = 0;
        int unwatchedRejected = 0;
        for (int i = 0; i < 5_000; i++) {
            RawRow row = randomActivity(r, i);
            MappingResult full = mapper.map(row);
            Optional<MappingResult> screened = mapper.mapIfWatched(row, id -> false);
            if (screened.isEmpty()) {
                assertThat(full).as("row %d", i).isInstanceOf(MappingResult.Accepted.class);
                assertThat(((MappingResult.Accepted) full).record().identity().idNumber()).isPresent();
                unwatchedAccepted++;
            } else {
                assertThat(screened.get()).as("row %d", i).isEqualTo(full);
                if (IdNumber.parse(row.fields().get("id_number")).isOk()) {
                    assertThat(full).as("row %d", i).isInstanceOf(MappingResult.Rejected.class);
                    unwatchedRejected++;
                }
            }
            assertThat(mapper.mapIfWatched(row, id -> true)).as("row %d watched", i).contains(full);
        }
        assertThat(unwatchedAccepted).isGreaterThan(500);
        assertThat(unwatchedRejected).as("unwatched rows with a valid number rejected by the check alone").isGreaterThan(100);
    }

    @Test
    void aRowOfAnotherStreamedDatasetIsAlwaysMappedInFull() {
        RawRow row = new RawRow(new SourceRef(Dataset.BUSINESS_REGISTRATIONS, "business_registrations.csv", 2),
                Map.of("name", "张三", "id_number", valid(new Random(1)), "enterprise", "某公司", "role", "股东"));
        assertThat(mapper.mapIfWatched(row, id -> false)).contains(mapper.map(row));
    }

    private static RawRow randomActivity(Random r, int i) {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("name", pick(r, "张三", "", " ", "張三", "买买提·吐尔逊"));
        m.put("id_number", switch (r.nextInt(6)) {
            case 0 -> "";
            case 1 -> "11010519491231002Y";
            case 2 -> valid(r).substring(0, 17) + "0";
            default -> r.nextBoolean() ? valid(r) : " " + valid(r).toLowerCase() + " ";
        });
        m.put("occurred_on", pick(r, "2024-03-05 14:30:00", "2024-03-05", "", "2023-02-29", "2024年3月5日", "昨天",
                "20240305", " 2024/3/5 "));
        if (r.nextBoolean()) {
            m.put("birth_date", pick(r, "", "1980-01-01", "1980-02-30", "1980/1/1"));
        }
        m.put("venue_type", pick(r, "KTV", "", " 网吧 "));
        m.put("category", "场所出入");
        if (r.nextInt(4) == 0) {
            m.put("备注", pick(r, "x", ""));
        }
        return new RawRow(new SourceRef(Dataset.ACTIVITIES, "activities.csv", i + 2), m);
    }

    private static String valid(Random r) {
        String body = "2106821980" + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + String.format("%03d", r.nextInt(1000));
        return body + IdNumber.checkCharacter(body);
    }

    private static String pick(Random r, String... options) {
        return options[r.nextInt(options.length)];
    }
}
