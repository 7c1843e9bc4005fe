// Atom feeds of reviews: the latest everywhere, and per film, person and user. Spoilers are left out of feeds:
// such reviews appear with a note instead of their text.
import { cacheLife, cacheTag } from "next/cache";
import { createTranslator } from "next-intl";
import { listLatestReviews, type ReviewScope } from "@/db/queries/films";
import { inLanguage, type Locale } from "@/i18n/locales";
import { atomFeedXml } from "@/lib/atom";
import { siteUrl } from "@/lib/site";
import { messagesFor } from "@/messages";
import { withFilmsInLanguage } from "./film-titles";

const FEED_LENGTH = 50;

export interface FeedSubject {
  title: string;
  /** The page the feed belongs to, e.g. /films/escape-2024 ("/" for the site), as in English. */
  pagePath: string;
  feedPath: string;
  /** The feed's language: its entries' words, film titles and links. */
  locale: Locale;
  scope: ReviewScope;
  tags: string[];
}

export async function loadReviewsFeedXml(subject: FeedSubject) {
  "use cache";
  cacheLife("hours");
  cacheTag(...subject.tags);
  const { locale } = subject;
  const origin = siteUrl();
  const urlOf = (path: string) => new URL(inLanguage(locale, path), origin).toString();
  const reviews = await withFilmsInLanguage(
    await listLatestReviews({ limit: FEED_LENGTH, scope: subject.scope }),
    locale,
  );
  const messages = messagesFor(locale);
  const t = createTranslator({ locale, messages, namespace: "ReviewFeed" });
  const stars = createTranslator({ locale, messages, namespace: "Stars" });
  const feedUrl = urlOf(subject.feedPath);
  return atomFeedXml({
    id: feedUrl,
    title: subject.title,
    url: urlOf(subject.pagePath),
    selfUrl: feedUrl,
    entries: reviews.map((review) => {
      const url = urlOf(`/reviews/${review.id}`);
      const author = review.author.displayName ?? review.author.username;
      return {
        id: url,
        url,
        author,
        title: t("entryTitle", {
          author,
          film: `${review.film.title} (${review.film.year})`,
          rating: stars("label", { stars: review.rating / 2 }),
        }),
        published: review.createdAt,
        updated: review.editedAt ?? review.createdAt,
        content: review.hasSpoilers ? t("spoilers") : (review.body ?? ""),
      };
    }),
  });
}
