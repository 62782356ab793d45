package io.xingzhi.adapter.rest;

import io.xingzhi.core.record.Dataset;
import java.net.URI;
import java.util.Objects;

/**
 * Where one dataset is fetched from over HTTP, for {@link HttpRecordSource}.
 *
 * @param dataset the dataset the feed serves
 * @param url the feed's URL ({@code http} or {@code https})
 * @param paging how the feed pages its rows
 */
public record HttpFeed(Dataset dataset, URI url, Paging paging) {
    public HttpFeed {
        Objects.requireNonNull(dataset, "dataset");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(paging, "paging");
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("feed URL must be http or https: " + url);
        }
    }

    /** A feed served whole at one URL. */
    public static HttpFeed of(Dataset dataset, String url) {
        return new HttpFeed(dataset, URI.create(url), Paging.NONE);
    }

    /** A feed served in numbered pages ({@code ?page=1}, {@code ?page=2}, ...). */
    public static HttpFeed paged(Dataset dataset, String url) {
        return new HttpFeed(dataset, URI.create(url), Paging.PAGE_NUMBER);
    }

    /** How a feed pages its rows. */
    public enum Paging {
        /** One response holds every row. */
        NONE,
        /**
         * The rows come in pages {@code url?page=1}, {@code ?page=2}, ... (appended with {@code &} when
         * the URL has a query); the first page that holds no rows, or answers 404, ends the feed. A page
         * whose body is broken still counts as a page: its rows become rejections and the next page is
         * fetched.
         */
        PAGE_NUMBER
    }
}
