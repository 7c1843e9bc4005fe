import { getTranslations } from "next-intl/server";
import { loadFilmPageIn, loadPrerenderedFilmSlugs } from "@/app/_data/films";
import { loadReviewsFeedXml } from "@/app/_data/feeds";
import { notFoundResponse, xmlResponse } from "@/app/_data/xml-response";
import { localeOrDefault } from "@/i18n/locales";
import { cacheTags } from "@/lib/cache-tags";
import { staticSlugParams } from "@/lib/static-params";

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedFilmSlugs());
}

export async function GET(_request: Request, { params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale: segment, slug } = await params;
  const locale = localeOrDefault(segment);
  const page = await loadFilmPageIn(slug, locale);
  if (!page) return notFoundResponse();
  const { film } = page;
  const t = await getTranslations({ locale, namespace: "FilmFeed" });
  const xml = await loadReviewsFeedXml({
    title: t("title", { film: `${film.title} (${film.year})` }),
    pagePath: `/films/${film.slug}`,
    feedPath: `/films/${film.slug}/feed.xml`,
    scope: { filmId: film.id },
    locale,
    tags: [cacheTags.film(film.id)],
  });
  return xmlResponse(xml, "application/atom+xml");
}
