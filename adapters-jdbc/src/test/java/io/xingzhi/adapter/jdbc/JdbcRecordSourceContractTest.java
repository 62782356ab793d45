package io.xingzhi.adapter.jdbc;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.testkit.RecordSourceContract;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * {@link JdbcRecordSource} keeps the promises of the record-source port, on a real H2 table whose
 * columns are the Chinese headers agencies use, read through a query in insertion order with a
 * fetch size of 2. The damages of a byte export cannot exist in a table; {@link #readsAsARow} says
 * why for each, and the contract checks that such a row is read as the text the table holds.
 */
class JdbcRecordSourceContractTest extends RecordSourceContract {
    private static final String TABLE = "看守所在押";

    private Jdbi jdbi;

    @BeforeEach
    void database() {
        jdbi = Jdbi.create("jdbc:h2:mem:contract-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    @AfterEach
    void dropDatabase() {
        jdbi.useHandle(h -> h.execute("DROP ALL OBJECTS"));
    }

    @Override
    protected Dataset dataset() {
        return Dataset.CUSTODY;
    }

    @Override
    protected RecordSource sourceWith(List<Row> rows) {
        List<String> columns = fields().stream().map(f -> "\"" + header(f) + "\"").toList();
        jdbi.useHandle(h -> {
            h.execute("DROP TABLE IF EXISTS \"" + TABLE + "\"");
            h.execute("CREATE TABLE \"" + TABLE + "\" (seq INT, "
                    + String.join(", ", columns.stream().map(c -> c + " VARCHAR(100)").toList()) + ")");
            int seq = 0;
            for (Row r : rows) {
                List<String> values = new ArrayList<>(r.values().values());
                if (r.damage() == Damage.SHORT_ROW) {
                    values.set(values.size() - 1, null); // the column is there; the export had no value
                }
                Update insert = h.createUpdate("INSERT INTO \"" + TABLE + "\" VALUES (:seq, "
                        + String.join(", ", java.util.stream.IntStream.range(0, columns.size()).mapToObj(i -> ":v" + i).toList())
                        + ")").bind("seq", ++seq);
                for (int i = 0; i < columns.size(); i++) {
                    insert.bind("v" + i, values.get(i));
                }
                insert.execute();
            }
        });
        String query = "SELECT " + String.join(", ", columns) + " FROM \"" + TABLE + "\" ORDER BY seq";
        JdbcSourceConfig config = new JdbcSourceConfig("jdbc:h2:mem:unused", "sa", "", 2,
                Map.of(Dataset.CUSTODY, List.of(JdbcSourceConfig.Source.query(TABLE, query))));
        return new JdbcRecordSource(jdbi, config);
    }

    @Override
    protected Optional<String> readsAsARow(Damage damage) {
        return Optional.ofNullable(switch (damage) {
            case SHORT_ROW -> "a table row has every column: a value the agency left out is NULL, read as empty text";
            case LONG_ROW -> "a table has a fixed set of columns: there is no place for a value too many";
            case STRAY_QUOTE -> "a column holds text, not CSV: a quote is an ordinary character of its value";
            case BAD_BYTES -> "a column holds decoded text, not bytes: what the import could not decode is already"
                    + " the character U+FFFD, and is read like any other";
            case NONE -> null;
        });
    }
}
