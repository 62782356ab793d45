package io.xingzhi.adapter.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The review console's files (plain HTML, CSS and JavaScript in this jar, and Apache ECharts from its
 * WebJar), read once and served as they are: no build step, no CDN. Each file is known by its name
 * under {@code /console/}; a name not listed is not served (no path is ever resolved against the class
 * path). Each carries a strong ETag (a digest of its bytes) and is sent with {@code no-cache}, so a
 * browser always revalidates and a new jar is picked up at once, at the cost of a 304.
 */
final class ConsoleAssets {
    /** The Content-Security-Policy of every console file: scripts only from the console's own files, never inline. */
    static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; font-src 'self'; form-action 'none'; frame-ancestors 'none'; base-uri 'none'";

    /** One file: its bytes, media type and ETag. */
    record Asset(byte[] bytes, String contentType, String etag) {
    }

    private static final String ROOT = "io/xingzhi/adapter/rest/console/";
    private final Map<String, Asset> assets = new LinkedHashMap<>();

    private ConsoleAssets() {
    }

    /** The console's files from the class path; fails when one is missing from the jar. */
    static ConsoleAssets load() {
        ConsoleAssets a = new ConsoleAssets();
        for (String name : new String[] {"index.html", "console.css", "console.js"}) {
            a.put(name, read(ROOT + name));
        }
        String echarts = "META-INF/resources/webjars/echarts/" + webJarVersion("org.webjars.npm", "echarts") + "/dist/";
        a.put("vendor/echarts.min.js", read(echarts + "echarts.min.js"));
        return a;
    }

    /** The file served as {@code /console/<name>} ({@code ""} is the page itself). */
    Optional<Asset> get(String name) {
        return Optional.ofNullable(assets.get(name.isEmpty() ? "index.html" : name));
    }

    private void put(String name, byte[] bytes) {
        String ext = name.substring(name.lastIndexOf('.') + 1);
        String type = switch (ext) {
            case "html" -> "text/html;charset=utf-8";
            case "css" -> "text/css;charset=utf-8";
            case "js" -> "text/javascript;charset=utf-8";
            default -> throw new IllegalArgumentException("no media type for " + name);
        };
        assets.put(name, new Asset(bytes, type, "\"" + digest(bytes) + "\""));
    }

    private static String webJarVersion(String group, String artifact) {
        Properties p = new Properties();
        try (InputStream in = open("META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = open(resource)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ConsoleAssets.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException(resource + " is missing from the class path");
        }
        return in;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when an {@code If-None-Match} header names {@code etag} (or is {@code *}). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String t : ifNoneMatch.split(",")) {
            String s = t.strip();
            if (s.equals("*") || s.equals(etag) || s.equals("W/" + etag)) {
                return true;
            }
        }
        return false;
    }
}
