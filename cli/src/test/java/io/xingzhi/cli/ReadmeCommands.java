package io.xingzhi.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A README command as the tests that run the README's sections ({@link FirstHourTest}, {@link
 * WholeChainTest}) run it: the arguments after {@code bin/xingzhi}, with {@code LEAD_ID} the lead
 * listed before, {@code ./} stores and the folders and files of {@code --data}, {@code --out},
 * {@code --config} and {@code --templates} in the test's fresh folder, and {@code demo} writing there.
 */
final class ReadmeCommands {
    /** A fenced block, with the file it says to write ({@code <!-- file: NAME -->} before it) as group 2, its text as group 4. */
    static final Pattern BLOCK = Pattern.compile("(<!-- file: (\\S+) -->\\s*)?```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Set<String> PATH_OPTIONS = Set.of("--data", "--out", "--config", "--templates");

    private ReadmeCommands() {
    }

    /**
     * The arguments of one README command.
     *
     * @param repo where an input path ({@code --data}, {@code --config}, {@code --templates}) is taken from when it is
     *             there, or null: every path is in {@code work}
     */
    static List<String> args(String command, Path work, String lead, Path repo) {
        List<String> args = new ArrayList<>();
        String[] words = command.substring("bin/xingzhi ".length()).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            String option = i > 0 ? words[i - 1] : "";
            if (w.equals("LEAD_ID")) {
                assertThat(lead).as("a lead id was listed before: " + command).isNotNull();
                args.add(lead);
            } else if (w.startsWith("jdbc:h2:file:./")) {
                args.add("jdbc:h2:file:" + work.toAbsolutePath() + "/" + w.substring("jdbc:h2:file:./".length()));
            } else if (PATH_OPTIONS.contains(option)) {
                Path inRepo = repo == null ? null : repo.resolve(w);
                args.add(inRepo != null && Files.exists(inRepo) && !option.equals("--out") ? inRepo.toString()
                        : work.resolve(w).toString());
            } else {
                args.add(w);
            }
        }
        if (args.get(0).equals("demo")) {
            args.addAll(List.of("--out", work.resolve("xingzhi-demo").toString()));
        }
        return args;
    }
}
