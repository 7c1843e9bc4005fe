import { loadReviewsFeedXml } from "@/app/_data/feeds";
import { xmlResponse } from "@/app/_data/xml-response";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import { cacheTags } from "@/lib/cache-tags";

export async function GET() {
  const xml = await loadReviewsFeedXml({
    title: "Marquee: latest reviews",
    pagePath: "/",
    feedPath: "/feed.xml",
    scope: {},
    tags: [cacheTags.home],
    locale: DEFAULT_LOCALE,
  });
  return xmlResponse(xml, "application/atom+xml");
}
