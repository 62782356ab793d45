package io.xingzhi.core.app;

import io.xingzhi.core.lead.DocumentType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;

/** Reads the text fields of a neutral request; every failure is an {@link InvalidFieldException} naming the field. */
final class FieldReader {
    private final Map<String, String> fields;

    FieldReader(Map<String, String> fields) {
        this.fields = Map.copyOf(Objects.requireNonNull(fields, "fields"));
    }

    /** Refuses a field outside {@code known}, and one in {@code known} but not in {@code allowed} ({@code what} takes those). */
    void only(Set<String> known, Set<String> allowed, String what) {
        for (String f : new TreeSet<>(fields.keySet())) {
            if (!known.contains(f)) {
                throw new InvalidFieldException(f, "unknown field; the fields are " + new TreeSet<>(known),
                        "不认识这个字段，可用的字段是 " + String.join("、", new TreeSet<>(known)));
            }
            if (!allowed.contains(f)) {
                throw new InvalidFieldException(f, "does not apply to " + what + ", which takes " + new TreeSet<>(allowed),
                        "不适用于 " + what + "，它只接受 " + String.join("、", new TreeSet<>(allowed)));
            }
        }
    }

    boolean has(String field) {
        return fields.containsKey(field);
    }

    /** The text of an optional field that may be blank, or empty text when absent. */
    String textOrEmpty(String field) {
        return fields.getOrDefault(field, "");
    }

    /** The text of an optional field; blank text is refused. */
    Optional<String> text(String field) {
        String v = fields.get(field);
        if (v == null) {
            return Optional.empty();
        }
        if (v.isBlank()) {
            throw new InvalidFieldException(field, "is blank", "不能为空");
        }
        return Optional.of(v.strip());
    }

    /** The text of a required field. */
    String required(String field) {
        return text(field).orElseThrow(() -> new InvalidFieldException(field, "is missing", "缺少此项"));
    }

    Optional<LocalDate> date(String field) {
        return text(field).map(s -> {
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw new InvalidFieldException(field, "'" + s + "' is not an ISO date such as 2024-06-30",
                        "“" + s + "”不是日期，请写成 2024-06-30 的形式");
            }
        });
    }

    Optional<DocumentType> documentType(String field) {
        return text(field).map(s -> {
            try {
                return DocumentType.fromLabel(s);
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException(field, "'" + s + "' is not one of " + Arrays.toString(DocumentType.values())
                        + " (纠正违法通知书, 检察建议, 线索移送函)", "“" + s + "”不是文书类型，应为 纠正违法通知书、检察建议 或 线索移送函");
            }
        });
    }

    OptionalLong wholeNumber(String field, long min) {
        Optional<String> t = text(field);
        if (t.isEmpty()) {
            return OptionalLong.empty();
        }
        long n;
        try {
            n = Long.parseLong(t.get());
        } catch (NumberFormatException e) {
            throw new InvalidFieldException(field, "'" + t.get() + "' is not a whole number", "“" + t.get() + "”不是整数");
        }
        if (n < min) {
            throw new InvalidFieldException(field, n + " is less than " + min, n + " 小于 " + min);
        }
        return OptionalLong.of(n);
    }
}
