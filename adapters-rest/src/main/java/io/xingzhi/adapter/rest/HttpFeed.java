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
            throw new IllegalArgumentException("feed URL must be http or https: " + url);
        }
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
