// The progress an import shows on stderr, without a database: the time left, once it can be estimated from the rate
// so far, and what a run that stops leaves on screen.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createProgress, timeLeft } from "@/db/import/progress";

describe("import progress", () => {
  it("estimates the time left from the rate so far, in seconds, minutes or hours", () => {
    expect(timeLeft(45, 100, 10_000)).toBe("13 s left");
    expect(timeLeft(10, 100, 20_000)).toBe("3 min left");
    expect(timeLeft(10, 100, 20_500)).toBe("3 min 5 s left");
    expect(timeLeft(5, 100, 400_000)).toBe("2 h 6 min left");
  });

  it("gives no estimate before enough is done, nor once the phase is", () => {
    expect(timeLeft(1, 100, 60_000)).toBeUndefined();
    expect(timeLeft(50, 100, 2_000)).toBeUndefined();
    expect(timeLeft(100, 100, 60_000)).toBeUndefined();
    expect(timeLeft(0, 0, 60_000)).toBeUndefined();
  });

  describe("on stderr", () => {
    let written: string[];
    const streamTo = (isTTY: boolean) =>
      ({ isTTY, write: (text: string) => written.push(text) }) as unknown as NodeJS.WriteStream;

    beforeEach(() => {
      written = [];
      vi.useFakeTimers({ toFake: ["Date"] });
      vi.setSystemTime(0);
    });

    afterEach(() => vi.useRealTimers());

    it("adds the time left to the lines it logs, and leaves it out of the last one", () => {
      const progress = createProgress(streamTo(false));
      progress.start("netflix_titles.csv", 10_000_000, "bytes");
      vi.setSystemTime(6_000);
      progress.advance(4_000_000);
      vi.setSystemTime(7_500);
      progress.finish();
      expect(written).toEqual([
        "netflix_titles.csv 40% 4.0 MB/10.0 MB 6.0 s · 9 s left\n",
        "netflix_titles.csv 100% 10.0 MB/10.0 MB 7.5 s\n",
      ]);
    });

    it("ends the bar's line on a terminal when the run stops, so that the error is a line of its own", () => {
      const progress = createProgress(streamTo(true));
      progress.start("title.basics.tsv.gz", 1_000, "bytes");
      progress.stop();
      expect(written).toHaveLength(2);
      expect(written[1]).toBe("\n");
    });

    it("writes nothing more to a log when the run stops, so that the error is its last line", () => {
      const progress = createProgress(streamTo(false));
      progress.start("title.basics.tsv.gz", 1_000, "bytes");
      progress.stop();
      expect(written).toEqual([]);
    });
  });
});
