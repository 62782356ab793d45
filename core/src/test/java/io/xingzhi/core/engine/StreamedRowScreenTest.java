package io.xingzhi.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.xingzhi.core.port.RowScreen;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.core.record.HeaderAliases;
import io.xingzhi.core.record.MappingResult;
import io.xingzhi.core.record.RawRow;
import io.xingzhi.core.record.RecordMapper;
import io.xingzhi.core.record.SourceRef;
import io.xingzhi.core.value.IdNumber;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The screen of the streamed datasets settles a row only when the mapping accepts it and builds no
 * record of it, also when a date column holds what the mapping reads as blank: a placeholder
 * ({@code 无}, {@code NULL}) or a day systems write for no date ({@code 1900-01-01}).
 */
class StreamedRowScreenTest {
    private static final String BODY = "21068219800101123";
    private static final String ID = BODY + IdNumber.checkCharacter(BODY);
    private static final RecordMapper MAPPER = RecordMapper.standard();

    @ParameterizedTest(name = "[{index}] {0}: \"{1}\" \"{2}\" \"{3}\"")
    @CsvSource(delimiter = '|', nullValues = "~", value = {
        "ACTIVITIES|2024-03-05|1980-01-01|~|true",
        "ACTIVITIES|2024-03-05||~|true",
        "ACTIVITIES|1900-01-01|1980-01-01|~|false",
        "ACTIVITIES|1900-01-01 00:00:00||~|false",
        "ACTIVITIES|1899-12-30||~|false",
        "ACTIVITIES|无||~|false",
        "ACTIVITIES|2024-03-05|1900-01-01|~|false",
        "ACTIVITIES|2024-03-05|NULL|~|false",
        "BUSINESS_REGISTRATIONS|2020-01-01|1980-01-01|2023-05-06|true",
        "BUSINESS_REGISTRATIONS|||2023-05-06|true",
        "BUSINESS_REGISTRATIONS|2020-01-01||1899-12-31|false",
        "BUSINESS_REGISTRATIONS|1900-01-01|||false",
        "BUSINESS_REGISTRATIONS|2020-01-01||无|false",
    })
    void aRowIsSettledOnlyWhenTheMappingAcceptsItAndDatesItReadsAsBlankAreNotSettled(
            Dataset dataset, String first, String birthOrNull, String end, boolean settles) {
        String birth = birthOrNull == null ? "" : birthOrNull; // an empty cell
        List<String> header = dataset == Dataset.ACTIVITIES
                ? List.of("name", "id_number", "occurred_on", "birth_date")
                : List.of("name", "id_number", "role_start", "birth_date", "role_end");
        String[] values = dataset == Dataset.ACTIVITIES
                ? new String[] {"张三", ID, first, birth}
                : new String[] {"张三", ID, first == null ? "" : first, birth, end == null ? "" : end};
        RowScreen screen = StreamedRowScreen.bind(dataset, header, HeaderAliases.standard(),
                new WatchedNumbers(Set.of())).orElseThrow();

        assertThat(settles(screen, values)).isEqualTo(settles);
        RawRow row = RawRow.of(new SourceRef(dataset, "x.csv", 2), header.toArray(String[]::new), values, values.length);
        MappingResult mapped = MAPPER.map(row);
        if (settles) {
            assertThat(mapped).isInstanceOf(MappingResult.Accepted.class);
            if (dataset == Dataset.ACTIVITIES) {
                assertThat(MAPPER.mapIfWatched(row, id -> false)).as("built for nobody").isEqualTo(Optional.empty());
            }
        } else if (dataset == Dataset.ACTIVITIES && !first.startsWith("2024")) {
            assertThat(mapped).as("a required day read as blank").isInstanceOf(MappingResult.Rejected.class);
        } else {
            assertThat(mapped).as("an optional day read as blank").isInstanceOf(MappingResult.Accepted.class);
        }
    }

    /** What the screen says of the row {@code values}, written as a CSV line. */
    private static boolean settles(RowScreen screen, String[] values) {
        String line = String.join(",", values);
        int[] columns = screen.columns();
        int[] from = new int[columns.length];
        int[] to = new int[columns.length];
        for (int k = 0; k < columns.length; k++) {
            int start = 0;
            for (int c = 0; c < columns[k]; c++) {
                start += values[c].getBytes(StandardCharsets.UTF_8).length + 1;
            }
            from[k] = start;
            to[k] = start + values[columns[k]].getBytes(StandardCharsets.UTF_8).length;
        }
        return screen.settles(line.getBytes(StandardCharsets.UTF_8), from, to);
    }
}
