package lifeline.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import lifeline.check.CheckRequest;
import lifeline.check.CheckResult;
import lifeline.check.CheckText;
import lifeline.check.Checker;
import lifeline.io.IoErrors;
import lifeline.model.Printable;
import lifeline.model.Scenario;
import lifeline.model.ValidationException;
import lifeline.tlc.TlcJarNotFound;
import lifeline.tlc.TlcListener;

/**
 * {@code check --watch FILE}: checks the file, then again each time it changes, printing one line
 * per check ("12:04:31 s.lifeline.json: VIOLATION: ..."). The file is polled (its time, size and
 * identity), so a save that writes a new file and renames it over the old one is seen like any
 * other; a change is checked once the file has been still for {@link #QUIET_MS}. A change during a
 * check cancels it and checks the new content. A file that is invalid or missing prints its error
 * line and is watched on. Runs until interrupted; the TLC children end with this JVM.
 */
final class WatchLoop {
    static final long POLL_MS = 100;
    static final long QUIET_MS = 200;

    private final String target;
    private final Path file;
    private final Function<Scenario, CheckRequest> request;
    private final Checker checker;
    private final PrintWriter out;

    WatchLoop(String target, Function<Scenario, CheckRequest> request, Checker checker, PrintWriter out) {
        this.target = target;
        this.file = Path.of(target);
        this.request = request;
        this.checker = checker;
        this.out = out;
    }

    /** Never returns but by an interrupt (or an error of the tool itself). */
    int run() throws InterruptedException {
        if (!Files.isRegularFile(file)) {
            throw new UserError(Printable.of(target) + ": --watch needs a scenario file, and there is no such file");
        }
        out.println("Watching " + Printable.of(target) + " (Ctrl+C to stop)");
        out.flush();
        Stamp stamp = Stamp.of(file);
        while (!Thread.currentThread().isInterrupted()) {
            checkOnce(stamp);
            stamp = awaitChange(stamp);
        }
        throw new InterruptedException();
    }

    /** Checks the file as it is; gives up (cancelling TLC) as soon as it changes from {@code checked}. */
    private void checkOnce(Stamp checked) throws InterruptedException {
        Checker.Check check;
        try {
            check = checker.start(request.apply(ScenarioArgument.load(target)), TlcListener.NONE);
        } catch (UserError e) {
            line("lifeline: " + e.getMessage());
            return;
        } catch (ValidationException e) {
            line(Printable.of(target) + ": " + e.getMessage());
            return;
        } catch (TlcJarNotFound e) {
            line("lifeline: " + e.getMessage());
            return;
        } catch (IOException e) {
            line("lifeline: " + IoErrors.describe(e));
            return;
        }
        try {
            while (true) {
                Optional<CheckResult> result = check.await(Duration.ofMillis(POLL_MS));
                if (result.isPresent()) {
                    line(Printable.of(target) + ": " + String.join(" ", CheckText.verdictLine(result.get()).lines()
                            .toList()));
                    return;
                }
                if (!Stamp.of(file).equals(checked)) {
                    check.cancel();
                    check.await();
                    return;
                }
            }
        } finally {
            check.cancel(); // interrupted: TLC goes at once (a finished run ignores it)
        }
    }

    /** Waits until the file differs from {@code last} and then stays the same for QUIET_MS; returns it then. */
    private Stamp awaitChange(Stamp last) throws InterruptedException {
        Stamp now = Stamp.of(file);
        while (now.equals(last)) {
            Thread.sleep(POLL_MS);
            now = Stamp.of(file);
        }
        while (true) {
            Thread.sleep(QUIET_MS);
            Stamp later = Stamp.of(file);
            if (later.equals(now)) {
                return now;
            }
            now = later;
        }
    }

    private void line(String text) {
        out.println(LocalTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + text);
        out.flush();
    }

    /** What tells one version of the file from another: time, size and identity (a rename changes it). */
    private record Stamp(boolean exists, long modifiedNanos, long size, Object key) {
        static Stamp of(Path file) {
            try {
                BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
                return new Stamp(true, a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.size(),
                        Objects.requireNonNullElse(a.fileKey(), ""));
            } catch (IOException e) {
                return new Stamp(false, 0, 0, "");
            }
        }
    }
}
