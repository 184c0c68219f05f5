package it.cuffia.it;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * After the integration tests: the test domain's server log holds no SEVERE record and no stack trace,
 * except those of the allowlist, each kept with the upstream issue that explains it, and no warning that a
 * person's data was dropped ({@link #LOST}). A new exception in the
 * server fails the build even when every test passed (a test sees the page; the log sees what broke behind it).
 *
 * <p>Arguments: the domain's log directory, the allowlist file ({@code pattern<TAB>reason} a line, {@code #}
 * comments). Run by the ear module's post-integration-test phase.
 */
public final class ServerLogGuard {

    /** A Payara log record starts with its ISO time stamp in brackets; its level is the third field. */
    private static final Pattern RECORD_START = Pattern.compile("(?m)^\\[\\d{4}-\\d\\d-\\d\\dT[^\\]]*\\] \\[[^\\]]*\\] \\[(\\w+)\\]");
    private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s+at [\\w$.<>/]+\\(");
    /** Warnings without a stack that still mean something was lost: JSF1095, the flash (an action's messages) not sent. */
    static final Pattern LOST = Pattern.compile("JSF1095");

    record Allowed(Pattern pattern, String reason) {
    }

    private ServerLogGuard() {
    }

    public static void main(String[] args) throws IOException {
        Path logs = Path.of(args[0]);
        List<Allowed> allowlist = allowlist(Path.of(args[1]));
        List<String> offending = new ArrayList<>();
        int records = 0;
        try (Stream<Path> files = Files.list(logs)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("server.log")).sorted().toList()) {
                for (String record : records(Files.readString(file, StandardCharsets.UTF_8))) {
                    records++;
                    if (isTrouble(record) && allowlist.stream().noneMatch(a -> a.pattern().matcher(record).find())) {
                        offending.add(record);
                    }
                }
            }
        }
        if (!offending.isEmpty()) {
            StringBuilder report = new StringBuilder("The server log of the test run holds " + offending.size()
                    + " SEVERE record(s), stack trace(s) or lost-data warning(s) not on the allowlist " + args[1] + ":\n");
            offending.stream().limit(20).forEach(r -> report.append("\n").append(shorten(r)).append("\n"));
            System.err.println(report);
            System.exit(1);
        }
        System.out.println("Server log guard: " + records + " records read, no SEVERE record or stack trace beyond the allowlist.");
    }

    static List<String> records(String log) {
        List<String> records = new ArrayList<>();
        Matcher start = RECORD_START.matcher(log);
        int from = -1;
        while (start.find()) {
            if (from >= 0) {
                records.add(log.substring(from, start.start()));
            }
            from = start.start();
        }
        if (from >= 0) {
            records.add(log.substring(from));
        }
        return records;
    }

    static boolean isTrouble(String record) {
        Matcher level = RECORD_START.matcher(record);
        return (level.lookingAt() && level.group(1).equals("SEVERE")) || STACK_FRAME.matcher(record).find()
                || LOST.matcher(record).find();
    }

    static List<Allowed> allowlist(Path file) throws IOException {
        List<Allowed> allowed = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] parts = line.split("\t", 2);
            if (parts.length < 2 || parts[1].isBlank()) {
                throw new IllegalArgumentException("An allowlist entry needs a pattern, a tab and the reason: " + line);
            }
            allowed.add(new Allowed(Pattern.compile(parts[0]), parts[1]));
        }
        return allowed;
    }

    private static String shorten(String record) {
        String[] lines = record.split("\n");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < Math.min(lines.length, 12); i++) {
            text.append(lines[i]).append("\n");
        }
        return lines.length > 12 ? text + "\t… (" + (lines.length - 12) + " more lines)" : text.toString();
    }
}
