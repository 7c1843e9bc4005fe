import { afterEach, describe, expect, it, vi } from "vitest";
import { env, environmentProblems } from "./env";

describe("the environment", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("is read again when a setting changes between reads, and parsed once while none does", () => {
    vi.stubEnv("SITE_URL", "https://one.example.org");
    const first = env();
    expect(first.SITE_URL).toBe("https://one.example.org");
    expect(env()).toBe(first);
    vi.stubEnv("SITE_URL", "https://two.example.org");
    expect(env().SITE_URL).toBe("https://two.example.org");
    vi.stubEnv("WEB_CONCURRENCY", "nine");
    expect(() => env()).toThrow(/WEB_CONCURRENCY/);
  });

  it("may be empty: every variable has a default", () => {
    expect(environmentProblems({})).toEqual([]);
  });

  it("accepts what the README describes", () => {
    expect(
      environmentProblems({
        DATABASE_URL: "postgres://marquee:secret@db.example.org:5432/marquee",
        DATABASE_REPLICA_URLS: "postgres://r1.example.org/marquee, postgresql://r2.example.org/marquee",
        SITE_URL: "https://films.example.org",
        AUTH_SECRET: "a-secret-of-at-least-sixteen",
        AUTH_TRUST_HOST: "true",
        API_RATE_LIMIT_PER_MINUTE: "600",
        WEB_CONCURRENCY: "4",
        PAGE_CACHE_MAX_MB: "2048",
        LOG_LEVEL: "debug",
        POSTER_DIR: "/var/lib/marquee/posters",
        SMTP_URL: "smtp://marquee:secret@mail.example.org:587",
        MAIL_FROM: "Marquee <films@example.org>",
        AUTH_URL: "",
      }),
    ).toEqual([]);
  });

  it("names each bad variable on a line of its own", () => {
    const problems = environmentProblems({
      DATABASE_URL: "mysql://db/marquee",
      DATABASE_REPLICA_URLS: "postgres://r1/marquee,http://r2/marquee",
      SITE_URL: "films.example.org",
      API_RATE_LIMIT_PER_MINUTE: "lots",
      LOG_LEVEL: "loud",
      AUTH_SECRET: "short",
      SMTP_URL: "mail.example.org",
      WEB_CONCURRENCY: "0",
    });
    expect(problems).toHaveLength(8);
    expect(problems.map((line) => line.split(" ")[0]).sort()).toEqual(
      [
        "API_RATE_LIMIT_PER_MINUTE",
        "AUTH_SECRET",
        "DATABASE_REPLICA_URLS",
        "DATABASE_URL",
        "LOG_LEVEL",
        "SITE_URL",
        "SMTP_URL",
        "WEB_CONCURRENCY",
      ].sort(),
    );
    expect(problems).toContain("DATABASE_URL must be a postgres:// URL");
  });
});
