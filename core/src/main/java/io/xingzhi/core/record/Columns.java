package io.xingzhi.core.record;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * The immutable fields of a {@link RawRow}: a header array (shared by every row of one file or
 * table, never modified) and the row's own values, in column order. Sharing the header array
 * lets {@link RecordMapper} resolve header aliases once per source instead of once per row.
 */
final class Columns extends AbstractMap<String, String> {
    final String[] headers;
    final String[] values;

    Columns(String[] headers, String[] values) {
        if (headers.length != values.length) {
            throw new IllegalArgumentException(headers.length + " headers but " + values.length + " values");
        }
        this.headers = headers;
        this.values = values;
    }

    static Columns copyOf(Map<String, String> fields) {
        String[] h = new String[fields.size()];
        String[] v = new String[fields.size()];
        int i = 0;
        for (Map.Entry<String, String> e : fields.entrySet()) {
            h[i] = e.getKey();
            v[i++] = e.getValue();
        }
        return new Columns(h, v);
    }

    @Override
    public int size() {
        return headers.length;
    }

    @Override
    public String get(Object key) {
        for (int i = 0; i < headers.length; i++) {
            if (headers[i].equals(key)) {
                return values[i];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        return Arrays.asList(headers).contains(key);
    }

    @Override
    public Set<Entry<String, String>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, String>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < headers.length;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (i >= headers.length) {
                            throw new NoSuchElementException();
                        }
                        int k = i++;
                        return new SimpleImmutableEntry<>(headers[k], values[k] == null ? "" : values[k]);
                    }
                };
            }

            @Override
            public int size() {
                return headers.length;
            }
        };
    }
}
