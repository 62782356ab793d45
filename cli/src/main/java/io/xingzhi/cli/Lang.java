package io.xingzhi.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;

/**
 * The language the command line speaks: Chinese unless English is asked for. English is asked for
 * by {@code --lang en} anywhere on the command line, else by the first of the environment variables
 * {@code XINGZHI_LANG}, {@code LC_ALL}, {@code LC_MESSAGES} and {@code LANG} that is set, when it
 * starts with {@code en} ({@code en_US.UTF-8}); {@code C}, {@code POSIX}, {@code zh_CN.UTF-8} or
 * nothing at all mean Chinese. Every message is written in both languages where it is made
 * ({@link #text}), so neither can fall behind the other; the usage help's Chinese is in
 * {@code help-zh.properties}, its English in the commands' annotations.
 */
final class Lang {
    private static volatile boolean english;

    private Lang() {
    }

    /** The message in the language in use. */
    static String text(String chinese, String english) {
        return Lang.english ? english : chinese;
    }

    /** True when the command line speaks English. */
    static boolean english() {
        return english;
    }

    /** Speaks English ({@code true}) or Chinese from now on. */
    static void useEnglish(boolean on) {
        english = on;
    }

    /**
     * Chooses the language for one invocation: {@code --lang zh|en} (or {@code --lang=…}) among
     * {@code args}, else the environment.
     *
     * @throws XingzhiCli.UsageError for a {@code --lang} that is neither
     */
    static void choose(String[] args, Map<String, String> env) {
        for (int i = 0; i < args.length; i++) {
            String value = null;
            if (args[i].equals("--lang") && i + 1 < args.length) {
                value = args[i + 1];
            } else if (args[i].startsWith("--lang=")) {
                value = args[i].substring("--lang=".length());
            }
            if (value != null) {
                String v = value.strip().toLowerCase(Locale.ROOT);
                if (v.startsWith("en")) {
                    useEnglish(true);
                    return;
                }
                if (v.startsWith("zh") || v.equals("中文")) {
                    useEnglish(false);
                    return;
                }
                useEnglish(false);
                throw new XingzhiCli.UsageError("--lang：“" + value + "” 不是可用的语言（zh 或 en）");
            }
        }
        useEnglish(fromEnvironment(env));
    }

    /** True when the environment asks for English (see the class comment). */
    static boolean fromEnvironment(Map<String, String> env) {
        for (String name : new String[] {"XINGZHI_LANG", "LC_ALL", "LC_MESSAGES", "LANG"}) {
            String v = env.get(name);
            if (v != null && !v.isBlank()) {
                return v.strip().toLowerCase(Locale.ROOT).startsWith("en");
            }
        }
        return false;
    }

    /** A dataset as people call it: 生效裁判 in Chinese, its canonical name ({@code judgments}) in English. */
    static String dataset(io.xingzhi.core.record.Dataset d) {
        if (english) {
            return d.fileStem();
        }
        return switch (d) {
            case JUDGMENTS -> "生效裁判";
            case CUSTODY -> "看守所羁押";
            case CORRECTIONS -> "社区矫正";
            case RESETTLEMENT -> "安置帮教";
            case DPR_SUPERVISION -> "剥权监管";
            case ENFORCEMENT -> "财产刑执行";
            case BUSINESS_REGISTRATIONS -> "企业登记";
            case ACTIVITIES -> "活动记录";
            case COMMUTATIONS -> "减刑假释";
        };
    }

    /**
     * The usage help's texts for picocli: in Chinese every text ({@code help-zh.properties}); in
     * English the annotations' texts and the few the annotations cannot hold, such as the exit codes
     * under every command ({@code help-en.properties}).
     */
    static ResourceBundle helpBundle() {
        String name = english ? "help-en.properties" : "help-zh.properties";
        try (InputStream in = Lang.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the jar");
            }
            return new PropertyResourceBundle(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
