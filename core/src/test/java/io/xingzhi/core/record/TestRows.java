package io.xingzhi.core.record;

import io.xingzhi.core.value.IdNumber;
import java.util.LinkedHashMap;
import java.util.Map;

/** Raw rows as a reader gives them, for the mapping's tests: a dataset, a line and header → value pairs. */
final class TestRows {
    /** The first 17 digits of {@link #ID}. */
    static final String BODY = "21068219800101123";
    /** A valid identity number, born 1980-01-01. */
    static final String ID = BODY + IdNumber.checkCharacter(BODY);

    private TestRows() {
    }

    /** A row of {@code d} from line {@code line} of its usual file, with the headers and values {@code kv} gives in turn. */
    static RawRow row(Dataset d, int line, String... kv) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return new RawRow(new SourceRef(d, d.fileStem() + ".csv", line), m);
    }
}
