package io.xingzhi.adapter.jdbc;

import java.util.regex.Pattern;

/**
 * JDBC URLs as they may be shown to a user: in an error message, a log line, a report. A URL may carry the
 * database password among its options ({@code ?user=a&password=b}, H2's {@code ;PASSWORD=b}); every place
 * that shows a URL, or a driver's message quoting one, shows it through {@link #masked}, so that no door
 * (a store, a source of {@code --sources}) has a masker of its own that could miss a form.
 */
public final class JdbcUrls {
    /**
     * An option named {@code password} (any case, spaces around {@code =}), its value up to the next option
     * ({@code ;} or {@code &}), quote or line end: a password may hold spaces, so the value runs past them (the
     * rest of a message after it is masked with it, on the safe side).
     */
    private static final Pattern PASSWORD_OPTION = Pattern.compile("(?i)(password\\s*=\\s*)[^;&\"'\\r\\n]*");

    private JdbcUrls() {
    }

    /** {@code text} (a URL, or a message quoting URLs) with the value of every {@code password} option written {@code ***}. */
    public static String masked(String text) {
        return PASSWORD_OPTION.matcher(text).replaceAll("$1***");
    }
}
