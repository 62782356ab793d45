package io.xingzhi.adapter.csv;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A throw-away, read-only map view of a header array and a value array, in column order. It
 * exists so that {@link io.xingzhi.core.record.RawRow}, which copies its fields, copies straight
 * from the parser's arrays without an intermediate map per row.
 */
final class FieldMap extends AbstractMap<String, String> {
    private final String[] keys;
    private final String[] values;
    private final int size;

    FieldMap(String[] keys, String[] values, int size) {
        this.keys = keys;
        this.values = values;
        this.size = size;
    }

    @Override
    public int size() {
        return size;
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
                        return i < size;
                    }

                    @Override
                    public Entry<String, String> next() {
                        if (i >= size) {
                            throw new NoSuchElementException();
                        }
                        int k = i++;
                        return Map.entry(keys[k], values[k]);
                    }
                };
            }

            @Override
            public int size() {
                return size;
            }
        };
    }
}
