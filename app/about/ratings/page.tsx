import type { Metadata } from "next";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { Stars } from "@/app/_components/stars";
import { loadChartParameters } from "@/app/_data/charts";
import { pageMetadata } from "@/lib/page-metadata";

export const metadata: Metadata = pageMetadata({
  title: "About ratings",
  description:
    "How Marquee's ratings work: half stars and trash, the average and percentage, and the weighted rating behind the charts.",
  path: "/about/ratings",
});

export default async function AboutRatingsPage() {
  const { globalMean, minimumVotes } = await loadChartParameters();
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed">
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name: "About ratings", path: "/about/ratings" },
        ]}
      />
      <h1 className="text-4xl font-bold tracking-tight">About ratings</h1>
      <section aria-labelledby="scale" className="space-y-2">
        <h2 id="scale" className="text-2xl font-semibold">
          The scale
        </h2>
        <p>
          You rate a film from half a star to five stars, in half stars: <Stars rating={1} /> is the least and{" "}
          <Stars rating={10} /> the most. Below half a star there is <Stars rating={0} />, borrowed from ČSFD, for a
          film you consider worthless. We store a rating as a number from 0 to 10: 0 is trash and each step is half a
          star, so <Stars rating={7} /> is 7.
        </p>
      </section>
      <section aria-labelledby="average" className="space-y-2">
        <h2 id="average" className="text-2xl font-semibold">
          Average and percentage
        </h2>
        <p>
          A film’s average is the mean of all its ratings out of 10, trash counting as 0. Its percentage is that mean
          times ten, rounded: an average of 6.5/10 is 65%. The chart beside it shows how many people gave each value.
          Ratings without a written review count exactly like reviewed ones.
        </p>
      </section>
      <section aria-labelledby="weighted" className="space-y-2">
        <h2 id="weighted" className="text-2xl font-semibold">
          The weighted rating in the charts
        </h2>
        <p>
          A film rated 10 by two people should not top a film rated 9 by a thousand. The charts therefore rank by a
          Bayesian weighted rating, as IMDb does:
        </p>
        <p className="text-center font-semibold">WR = v/(v+m)·R + m/(v+m)·C</p>
        <p>
          where v is the number of ratings of the film, R its average, C the average of all ratings on this site (now{" "}
          {globalMean.toFixed(2)}) and m the minimum number of ratings to appear in a chart (now {minimumVotes}: the
          average number of ratings of a rated film, rounded up). With few ratings a film stays close to C; as ratings
          come in, its own average takes over. Directors and actors are ranked the same way over all ratings of the
          films they directed or played in.
        </p>
        <p>
          A film’s own page counts a new rating at once. The charts, every list ordered by rating, and the ratings shown
          beside films in lists (a person’s filmography, related films, search results) are recomputed every few
          minutes, so a rating given now shows there within five minutes.
        </p>
      </section>
      <section aria-labelledby="pre-release" className="space-y-2">
        <h2 id="pre-release" className="text-2xl font-semibold">
          Ratings before a release
        </h2>
        <p>
          Festival audiences and critics sometimes rate a film before it opens. Those ratings count in the film’s own
          average and are marked “rated before release” on the review, but a film stays out of every chart — and out of
          C and m above — until its release date (or, when the date is unknown, until its year begins), so hype alone
          cannot put it at the top.
        </p>
      </section>
    </article>
  );
}
