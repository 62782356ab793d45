package io.xingzhi.adapter.rest;

import io.xingzhi.core.record.Dataset;
import io.xingzhi.format.RowFormat;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one dataset (or one part of it) is fetched from over HTTP, for {@link HttpRecordSource}.
 *
 * @param dataset the dataset the feed serves
 * @param url the feed's URL ({@code http} or {@code https})
 * @param paging how the feed pages its rows
 * @param format the format of its pages, or empty to tell it from each page's {@code Content-Type}
 *     and, failing that, its first character
 */
public record HttpFeed(Dataset dataset, URI url, Paging paging, Optional<RowFormat> format) {
    public HttpFeed {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(paging, "paging");
        Objects.requireNonNull(format, "format");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("feed URL must be http or https: " + shown(url));
        }
    }

    /** Query parameters whose value is a credential: their names, lower case, contain one of these. */
    private static final java.util.List<String> SECRET_PARAMETERS = java.util.List.of("token", "key", "secret",
            "password", "passwd", "pwd", "sign", "auth", "credential", "ticket", "session", "jwt");

    /**
     * {@code url} as it may be shown - in an error, a log, a rejection's or a lead's evidence: a
     * password in its user part and the value of every query parameter named like a credential
     * ({@code token}, {@code access_token}, {@code appKey}, {@code api_key}, {@code secret},
     * {@code password}, {@code sign}, {@code signature}, {@code auth}, {@code ticket}, …) replaced by
     * {@code ***}, the rest kept, so the page can still be found by who holds the credential. Identity
     * numbers in it are masked too ({@link io.xingzhi.core.value.PersonalData#maskIdNumbers}).
     */
    public static String shown(URI url) {
        String s = url.toString();
        int hash = s.indexOf('#');
        String frag = hash < 0 ? "" : s.substring(hash);
        String head = hash < 0 ? s : s.substring(0, hash);
        int q = head.indexOf('?');
        String query = q < 0 ? null : head.substring(q + 1);
        String before = q < 0 ? head : head.substring(0, q);
        String userInfo = url.getRawUserInfo();
        if (userInfo != null) {
            int colon = userInfo.indexOf(':');
            String shownUser = colon < 0 ? userInfo : userInfo.substring(0, colon) + ":***";
            before = before.replace(userInfo + "@", shownUser + "@");
        }
        StringBuilder out = new StringBuilder(before);
        if (query != null) {
            out.append('?');
            String[] params = query.split("&", -1);
            for (int i = 0; i < params.length; i++) {
                if (i > 0) {
                    out.append('&');
                }
                String p = params[i];
                int eq = p.indexOf('=');
                String name = (eq < 0 ? p : p.substring(0, eq)).toLowerCase(Locale.ROOT);
                if (eq >= 0 && SECRET_PARAMETERS.stream().anyMatch(name::contains)) {
                    out.append(p, 0, eq + 1).append("***");
                } else {
                    out.append(p);
                }
            }
        }
        return io.xingzhi.core.value.PersonalData.maskIdNumbers(out.append(frag).toString());
    }

    /** A feed whose format is told page by page. */
    public HttpFeed(Dataset dataset, URI url, Paging paging) {
        this(dataset, url, paging, Optional.empty());
    }

    /** A feed served whole at one URL. */
    public static HttpFeed of(Dataset dataset, String url) {
        return new HttpFeed(dataset, URI.create(url), Paging.NONE);
    }

    /** A feed served in numbered pages ({@code ?page=1}, {@code ?page=2}, ...). */
    public static HttpFeed paged(Dataset dataset, String url) {
        return new HttpFeed(dataset, URI.create(url), Paging.PAGE_NUMBER);
    }

    /** This feed with every page read as {@code f}, whatever its {@code Content-Type} says. */
    public HttpFeed withFormat(RowFormat f) {
        return new HttpFeed(dataset, url, paging, Optional.of(f));
    }

    /** How a feed pages its rows. */
    public enum Paging {
        /** One response holds every row. */
        NONE,
        /**
         * The rows come in pages {@code url?page=1}, {@code ?page=2}, ... (appended with {@code &} when
         * the URL has a query). Each page is a whole document of its own - a CSV page starts with its
         * header line - and is read as its own source, named by its URL, its lines counted from 1. The
         * first page that gives neither a row nor a rejection (an empty or header-only page), or that
         * answers 404, ends the feed. A page with broken lines still counts as a page: those lines
         * become rejections and the next page is fetched.
         */
        PAGE_NUMBER
    }
}
