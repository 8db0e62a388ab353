package org.daxkit.stubs.bench;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Closed-loop load: {@code concurrency} threads, each sending the same pre-built request and waiting for its
 * answer, until the time is up or the run's request cap is reached (whichever comes first).
 */
final class LoadRunner {
    private final DaxWire wire;
    private final int concurrency;
    private final long maxRequestsPerRun;

    LoadRunner(DaxWire wire, int concurrency, long maxRequestsPerRun) {
        this.wire = wire;
        this.concurrency = concurrency;
        this.maxRequestsPerRun = maxRequestsPerRun;
    }

    /** One run of the request for {@code duration}, added to {@code tally}; returns its correct answers per second. */
    double run(HttpRequest request, Duration duration, RunTally tally) throws InterruptedException {
        long perThreadCap = Math.max(1, maxRequestsPerRun / concurrency);
        CountDownLatch go = new CountDownLatch(1);
        ErrorLog errors = tally.errors();
        List<Worker> workers = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            Worker worker = new Worker(request, go, duration.toNanos(), perThreadCap, errors);
            Thread thread = new Thread(worker, "bench-client-" + i);
            thread.setDaemon(true);
            workers.add(worker);
            threads.add(thread);
            thread.start();
        }
        long start = System.nanoTime();
        for (Worker worker : workers) {
            worker.start = start;
        }
        go.countDown();
        long end = start;
        long requests = 0;
        List<LatencySamples> samples = new ArrayList<>();
        for (int i = 0; i < threads.size(); i++) {
            // A worker's last request times out after DaxWire.REQUEST_TIMEOUT, so this join is bounded.
            threads.get(i).join();
            Worker worker = workers.get(i);
            end = Math.max(end, worker.end);
            requests += worker.requests;
            samples.add(worker.latencies);
        }
        tally.addRun(requests, end - start, samples);
        long correct = samples.stream().mapToLong(LatencySamples::size).sum();
        return end == start ? 0 : correct * 1e9 / (end - start);
    }

    /** One client thread. Fields are read by the runner after join(), which makes them visible. */
    private final class Worker implements Runnable {
        private final HttpRequest request;
        private final CountDownLatch go;
        private final long durationNanos;
        private final long cap;
        private final ErrorLog errors;
        private final LatencySamples latencies = new LatencySamples();
        private long start; // set before go.countDown(), read after go.await()
        private long end;
        private long requests;

        Worker(HttpRequest request, CountDownLatch go, long durationNanos, long cap, ErrorLog errors) {
            this.request = request;
            this.go = go;
            this.durationNanos = durationNanos;
            this.cap = cap;
            this.errors = errors;
        }

        @Override
        public void run() {
            try {
                go.await();
                long deadline = start + durationNanos;
                long now = System.nanoTime();
                while (now < deadline && requests < cap) {
                    sendOne(now);
                    now = System.nanoTime();
                    requests++;
                }
                end = now;
            } catch (InterruptedException e) {
                end = System.nanoTime();
                Thread.currentThread().interrupt();
            }
        }

        private void sendOne(long sent) throws InterruptedException {
            try {
                HttpResponse<String> response = wire.send(request);
                long latency = System.nanoTime() - sent;
                if (response.statusCode() != BenchCall.EXPECTED_STATUS) {
                    errors.wrongStatus(response.statusCode(), response.body());
                } else if (!response.body().contains(BenchCall.EXPECTED_FRAGMENT)) {
                    errors.wrongBody(response.body());
                } else {
                    latencies.add(latency);
                }
            } catch (IOException e) {
                errors.failed(e);
            }
        }
    }
}
