package io.xingzhi.adapter.rest;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * A JSON Lines feed keeps the record-source contract: a stray quote breaks its line's JSON and a bad
 * byte its line's UTF-8, each costing that line. A JSON object names its members, so a row with a
 * member fewer or more is still a row ({@link #readsAsARow}).
 */
class HttpJsonLinesFeedContractTest extends HttpFeedContract {
    @Override
    byte[] page(List<Row> rows) {
        return jsonLines(rows, StandardCharsets.UTF_8);
    }

    @Override
    String contentType() {
        return "application/x-ndjson";
    }

    @Override
    protected Optional<String> readsAsARow(Damage damage) {
        return Optional.ofNullable(switch (damage) {
            case SHORT_ROW -> "a JSON object names its members: one member fewer is a row without that field";
            case LONG_ROW -> "a JSON object names its members: one member more is one more field, like an unknown column";
            default -> null;
        });
    }
}
