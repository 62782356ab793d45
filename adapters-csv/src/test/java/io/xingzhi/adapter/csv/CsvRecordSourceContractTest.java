package io.xingzhi.adapter.csv;

import io.xingzhi.core.port.RecordSource;
import io.xingzhi.core.record.Dataset;
import io.xingzhi.testkit.RecordSourceContract;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

/**
 * {@link CsvRecordSource} keeps the promises of the record-source port: {@code custody.csv} with
 * Chinese headers, a broken row being one with a field missing.
 */
class CsvRecordSourceContractTest extends RecordSourceContract {

    @Override
    protected Dataset dataset() {
        return Dataset.CUSTODY;
    }

    @Override
    protected RecordSource sourceWith(List<Row> rows) throws IOException {
        StringBuilder csv = new StringBuilder();
        csv.append(String.join(",", fields().stream().map(CsvRecordSourceContractTest::header).toList())).append('\n');
        for (Row r : rows) {
            List<String> values = List.copyOf(r.values().values());
            if (r.broken()) {
                values = values.subList(0, values.size() - 1); // one field short
            }
            csv.append(String.join(",", values)).append('\n');
        }
        Files.writeString(folder.resolve("custody.csv"), csv, StandardCharsets.UTF_8);
        return new CsvRecordSource(folder);
    }

    private static String header(String field) {
        List<String> aliases = Dataset.IDENTITY_FIELDS.containsKey(field) ? Dataset.IDENTITY_FIELDS.get(field)
                : Dataset.CUSTODY.fields().get(field);
        return aliases.get(0);
    }

}
