package dev.quire.bench.crash;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;

/**
 * {@code bench/run crash [rounds] [seed]}: the crash test at length. Prints rounds, acknowledged
 * writes per kind and the number lost (target: 0 in 500 rounds), and exits 1 if any was lost.
 */
public final class CrashBench {
    private CrashBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 500;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : System.nanoTime();
        Path work = Files.createTempDirectory("quire-crash");
        System.out.printf("crash test: %d rounds of random writes, kill -9 at a random moment, restart, check "
                + "(seed %d, data in %s)%n", rounds, seed, work);
        long started = System.nanoTime();
        CrashRun.Result r = new CrashRun(work, new Random(seed), System.out).run(rounds);
        System.out.println();
        System.out.println("acknowledged writes by kind:");
        r.writes().forEach((kind, n) -> System.out.printf("  %-28s %6d%n", kind, n));
        System.out.printf("rounds %d, acknowledged writes %d, lost %d (target: 0), %.0f s%n", r.rounds(),
                r.totalWrites(), r.lost(), (System.nanoTime() - started) / 1e9);
        r.failures().forEach(f -> System.out.println("  " + f));
        System.exit(r.lost() == 0 ? 0 : 1);
    }
}
