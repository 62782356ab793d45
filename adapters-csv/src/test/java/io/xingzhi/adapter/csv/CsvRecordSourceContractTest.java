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
 * Chinese headers in UTF-8, written by the contract's standard CSV writer (a short row one value
 * short, a long row one value long, a stray quote opening a field, a byte UTF-8 cannot decode);
 * an empty export is a file of zero bytes.
 */
class CsvRecordSourceContractTest extends RecordSourceContract {

    @Override
    protected Dataset dataset() {
        return Dataset.CUSTODY;
    }

    @Override
    protected RecordSource sourceWith(List<Row> rows) throws IOException {
        Files.write(folder.resolve("custody.csv"), csv(rows, StandardCharsets.UTF_8));
        return new CsvRecordSource(folder);
    }

    @Override
    protected RecordSource sourceWithEmptyExport() throws IOException {
        Files.write(folder.resolve("custody.csv"), new byte[0]);
        return new CsvRecordSource(folder);
    }
}
