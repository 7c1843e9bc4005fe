import { getTranslations } from "next-intl/server";
import { loadReviewsFeedXml } from "@/app/_data/feeds";
import { loadPersonPage, loadPrerenderedPersonSlugs } from "@/app/_data/people";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { localeOrDefault } from "@/i18n/locales";
import { cacheTags } from "@/lib/cache-tags";
import { staticSlugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedPersonSlugs());
}

/** Reviews of every film the person has a credit in; refreshed with the home page's latest reviews. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: segment, slug } = await params;
  const person = await loadPersonPage(slug);
  if (!person) return notFoundResponse();
  const locale = localeOrDefault(segment);
  const t = await getTranslations({ locale, namespace: "PersonFeed" });
  const xml = await loadReviewsFeedXml({
    title: t("title", { name: person.name }),
    pagePath: `/people/${person.slug}`,
    feedPath: `/people/${person.slug}/feed.xml`,
    scope: { personId: person.id },
    locale,
    tags: [cacheTags.person(person.id), cacheTags.home],
  });
  return xmlResponse(xml, "application/atom+xml");
}
