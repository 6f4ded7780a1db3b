package dev.viva.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * CPU time of the service process and of PostgreSQL's processes, read from the JDK's process handles, and the
 * service's peak resident set from /proc: what a measured level cost, to divide by the gradings in it.
 */
final class ProcessCpu {

    /** CPU so far: the service's, and all PostgreSQL processes' together (backends, WAL writer, autovacuum). */
    record Sample(Duration service, Duration postgres) {

        Sample since(Sample earlier) {
            return new Sample(service.minus(earlier.service), postgres.minus(earlier.postgres));
        }
    }

    private final ProcessHandle service;

    ProcessCpu(ProcessHandle service) {
        this.service = service;
    }

    Sample now() {
        Duration postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres") || c.endsWith("/postgres.bin")).orElse(false))
                .map(p -> p.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
        return new Sample(service.info().totalCpuDuration().orElse(Duration.ZERO), postgres);
    }

    /** The service's peak resident set (VmHWM) in MiB, or -1 where /proc cannot tell. */
    double peakRssMib() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(service.pid()), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
