package org.plenary.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Many calls at the same moment, for the rules that protect scarce things: each call on a thread of its own, all
 * released together by one barrier once every thread is ready, so that they reach the service side by side rather
 * than as a pool's threads free up.
 */
public final class AtOnce {

    private AtOnce() {}

    /** Runs {@code call(0)} to {@code call(count - 1)} at once and returns their results in that order. */
    public static <T> List<T> run(int count, IntFunction<T> call) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CyclicBarrier start = new CyclicBarrier(count);
        try {
            List<Future<T>> answers = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                int n = i;
                answers.add(threads.submit(() -> {
                    start.await(60, TimeUnit.SECONDS);
                    return call.apply(n);
                }));
            }
            List<T> results = new ArrayList<>(count);
            for (Future<T> answer : answers) {
                results.add(answer.get(5, TimeUnit.MINUTES));
            }
            return results;
        } finally {
            threads.shutdownNow();
        }
    }
}
