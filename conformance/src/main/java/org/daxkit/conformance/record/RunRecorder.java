package org.daxkit.conformance.record;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.daxkit.conformance.config.ConfigException;
import org.daxkit.conformance.wire.Exchange;

/**
 * Writes a calibration record of a run as it happens: each exchange into its own numbered file the moment
 * it is kept, run.json at the start and again, completed, at the end. Writing never fails the run: the
 * first problem is kept for the caller to report, and later exchanges are still attempted.
 */
public final class RunRecorder implements Consumer<Exchange> {
    private final Path dir;
    private final boolean maskAccountIds;
    private ExchangeDocument documents;
    private volatile String during = "setup";
    private ObjectNode run;
    private int written;
    private String problem;

    private RunRecorder(Path dir, boolean maskAccountIds) {
        this.dir = dir;
        this.maskAccountIds = maskAccountIds;
        this.documents = new ExchangeDocument(new CredentialFilter(List.of()), maskAccountIds);
    }

    /**
     * Prepares DIR (created if absent), before anything else of the run happens, so a bad DIR stops it early.
     *
     * @param dir            where the record goes
     * @param maskAccountIds whether account ids in ARNs are masked
     * @return a recorder to {@link #begin} once the target is known
     * @throws ConfigException naming --record when DIR is a file, holds a record already, or cannot be created
     */
    public static RunRecorder create(Path dir, boolean maskAccountIds) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new ConfigException("--record " + dir + ": not a directory");
        }
        if (Files.exists(dir.resolve(RecordFormat.RUN_FILE))) {
            throw new ConfigException("--record " + dir + ": already holds a record (" + RecordFormat.RUN_FILE
                    + "); give a new directory, or delete the old record first");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new ConfigException("--record " + dir + ": cannot create the directory: " + e);
        }
        return new RunRecorder(dir, maskAccountIds);
    }

    /**
     * Writes run.json with what is known at the start.
     *
     * @param metadata what run.json says
     * @param secrets  values never to be written, wherever they appear: the access key id, secret key and session
     *                 token the run signs with (nulls are ignored)
     */
    public synchronized void begin(RunMetadata metadata, List<String> secrets) {
        documents = new ExchangeDocument(new CredentialFilter(secrets), maskAccountIds);
        run = ExchangeDocument.JSON.createObjectNode();
        run.put("format", RecordFormat.FORMAT);
        run.put("targetName", metadata.targetName());
        run.put("endpoint", metadata.endpoint());
        run.put("region", metadata.region());
        run.put("seed", metadata.seed());
        run.put("tries", metadata.tries());
        metadata.checks().forEach(run.putArray("checks")::add);
        run.put("kitVersion", metadata.kitVersion());
        run.put("sdkVersion", metadata.sdkVersion());
        run.put("startedAt", metadata.startedAt().toString());
        run.put("accountIdsMasked", maskAccountIds);
        run.put("credentials", "not recorded: headers carrying credentials dropped, the run's keys replaced by "
                + CredentialFilter.REDACTED);
        writeRun();
    }

    /** What the run is doing now (a check id, "setup", "cleanup"); each exchange file says it. */
    public void during(String activity) {
        this.during = activity;
    }

    @Override
    public synchronized void accept(Exchange exchange) {
        int sequence = written + 1;
        Path file = dir.resolve(RecordFormat.exchangeFileName(sequence, exchange.operation()));
        try {
            ExchangeDocument.JSON.writerWithDefaultPrettyPrinter()
                    .writeValue(file.toFile(), documents.of(sequence, during, exchange));
            written = sequence;
        } catch (IOException | RuntimeException e) {
            remember("cannot write " + file + ": " + e);
        }
    }

    /** Completes run.json: when the run finished and how many exchanges it made. */
    public synchronized void finish(Instant finishedAt) {
        if (run == null) {
            return;
        }
        run.put("finishedAt", finishedAt.toString());
        run.put("exchanges", written);
        writeRun();
    }

    public Path dir() {
        return dir;
    }

    public synchronized int exchangesWritten() {
        return written;
    }

    /** The first thing that could not be written, if any. */
    public synchronized Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    private void writeRun() {
        Path file = dir.resolve(RecordFormat.RUN_FILE);
        try {
            ExchangeDocument.JSON.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), run);
        } catch (IOException e) {
            remember("cannot write " + file + ": " + e);
        }
    }

    private void remember(String what) {
        if (problem == null) {
            problem = what;
        }
    }
}
