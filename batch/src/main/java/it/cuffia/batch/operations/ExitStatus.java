package it.cuffia.batch.operations;

import it.cuffia.shared.domain.Text;
import jakarta.batch.runtime.BatchStatus;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exit statuses the jobs write, once: the runtime keeps them as plain text (read as they are in
 * {@code asadmin list-batch-job-executions}), and the Batch jobs screen says them in the reader's
 * language through {@link #textOf}. A text no job wrote (a future job's own) is shown as written.
 */
public final class ExitStatus {

    private static final Pattern STATEMENTS = Pattern.compile("STORED (\\d+), APPROVED UNCHANGED (\\d+)");
    private static final Pattern FAILED = Pattern.compile("FAILED in ([^:]+): (.*)", Pattern.DOTALL);
    private static final String SERVER_LOST = "SERVER LOST: ";

    private ExitStatus() {
    }

    /** The statements step: how many statements were stored and how many approved ones were left as they were. */
    public static String statements(int stored, int keptApproved) {
        return "STORED " + stored + ", APPROVED UNCHANGED " + keptApproved;
    }

    /**
     * Why a chunk failed: the step and the root cause (at most 500 characters, as the repository keeps them); a run
     * taken over by another server keeps the text that server wrote.
     */
    public static String failed(String step, Throwable root) {
        if (root instanceof RunTakenOver taken) {
            return serverLost(taken.lostServer()); // as the server that restarted it wrote
        }
        String reason = "FAILED in " + step + ": " + root.getClass().getSimpleName() + ": " + root.getMessage();
        return reason.length() > 500 ? reason.substring(0, 500) : reason;
    }

    /** A run whose server died while it ran (JobRecovery): the server, as its lease named it (instance, JVM, start). */
    public static String serverLost(String server) {
        String text = SERVER_LOST + server;
        return text.length() > 500 ? text.substring(0, 500) : text;
    }

    /** An exit status as people read it; null for none. */
    public static Text textOf(String exitStatus) {
        if (exitStatus == null || exitStatus.isBlank()) {
            return null;
        }
        for (BatchStatus status : BatchStatus.values()) {
            if (status.name().equals(exitStatus)) {
                return Text.of("batch.status." + status.name());
            }
        }
        Matcher statements = STATEMENTS.matcher(exitStatus);
        if (statements.matches()) {
            return Text.of("batch.exit.statements", Integer.valueOf(statements.group(1)), Integer.valueOf(statements.group(2)));
        }
        if (exitStatus.startsWith(SERVER_LOST)) {
            return Text.of("batch.exit.serverLost", Text.literal(exitStatus.substring(SERVER_LOST.length())));
        }
        Matcher failed = FAILED.matcher(exitStatus);
        if (failed.matches()) {
            return Text.of("batch.exit.failed", Text.literal(failed.group(1)), Text.literal(failed.group(2)));
        }
        return Text.literal(exitStatus);
    }
}
