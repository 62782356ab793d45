package io.xingzhi.adapter.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A CSV feed keeps the record-source contract exactly as a CSV file does: the page is what the
 * contract's CSV writer writes for a file, so a stray quote, a bad byte, a short and a long row each
 * cost their own line.
 */
class HttpCsvFeedContractTest extends HttpFeedContract {
    @Override
    byte[] page(List<Row> rows) {
        return csv(rows, StandardCharsets.UTF_8);
    }

    @Override
    String contentType() {
        return "text/csv";
    }
}
