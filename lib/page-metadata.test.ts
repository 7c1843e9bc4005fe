import { describe, expect, it } from "vitest";
import { pageMetadata } from "./page-metadata";

describe("pageMetadata", () => {
  it("gives a page its canonical link, feed, OpenGraph and Twitter tags from one description", () => {
    const shareCard = {
      url: "/films/escape-2024/opengraph-image",
      alt: "Escape (2024) on Marquee",
      type: "image/png",
      width: 1200,
      height: 630,
    };
    expect(
      pageMetadata({
        locale: "en",
        title: "Escape (2024)",
        description: "A soldier runs.",
        path: "/films/escape-2024",
        feedPath: "/films/escape-2024/feed.xml",
        openGraphType: "video.movie",
        shareCardAlt: "Escape (2024) on Marquee",
      }),
    ).toEqual({
      title: "Escape (2024)",
      description: "A soldier runs.",
      alternates: {
        canonical: "/films/escape-2024",
        languages: {
          en: "/films/escape-2024",
          cs: "/cs/films/escape-2024",
          ko: "/ko/films/escape-2024",
          "x-default": "/films/escape-2024",
        },
        types: { "application/atom+xml": "/films/escape-2024/feed.xml" },
      },
      openGraph: {
        title: "Escape (2024)",
        description: "A soldier runs.",
        url: "/films/escape-2024",
        siteName: "Marquee",
        type: "video.movie",
        locale: "en_US",
        images: [shareCard],
      },
      twitter: {
        card: "summary_large_image",
        title: "Escape (2024)",
        description: "A soldier runs.",
        images: [shareCard],
      },
    });
  });

  it("keeps the home page's title whole and uses the small card without an image", () => {
    const metadata = pageMetadata({
      locale: "en",
      title: "Marquee",
      description: "Films.",
      path: "/",
      isTitleAbsolute: true,
    });
    expect(metadata.title).toEqual({ absolute: "Marquee" });
    expect(metadata.twitter).toMatchObject({ card: "summary" });
    expect(metadata.alternates).toEqual({
      canonical: "/",
      languages: { en: "/", cs: "/cs", ko: "/ko", "x-default": "/" },
    });
  });

  it("gives a page in another language its own canonical address, feed and OpenGraph locale", () => {
    const metadata = pageMetadata({
      locale: "cs",
      title: "Útěk (2024)",
      description: "Voják utíká.",
      path: "/films/escape-2024",
      feedPath: "/films/escape-2024/feed.xml",
      shareCardAlt: "Útěk (2024) na Marquee",
    });
    expect(metadata.alternates).toMatchObject({
      canonical: "/cs/films/escape-2024",
      types: { "application/atom+xml": "/cs/films/escape-2024/feed.xml" },
    });
    expect(metadata.openGraph).toMatchObject({
      url: "/cs/films/escape-2024",
      locale: "cs_CZ",
      images: [{ url: "/cs/films/escape-2024/opengraph-image", alt: "Útěk (2024) na Marquee" }],
    });
  });
});
