import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { AdminEditLink } from "@/app/_components/admin-edit-link";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { PersonPhoto } from "@/app/_components/person-photo";
import { JsonLd } from "@/app/_components/json-ld";
import { FilmShelf } from "@/app/_components/film-card";
import { ImageCredit } from "@/app/_components/image-credit";
import { loadPersonPage, loadPrerenderedPersonSlugs, loadRenamedPersonSlug } from "@/app/_data/people";
import { formatDate, numberedName, pluralise, truncate } from "@/lib/format";
import { averageForRole, FILMOGRAPHY_SORTS, knownFor } from "@/lib/filmography";
import { pageMetadata } from "@/lib/page-metadata";
import { staticSlugParams } from "@/lib/static-params";
import { siteUrl } from "@/lib/site";
import { personJsonLd } from "@/lib/structured-data";
import { Filmography } from "./_components/filmography";

interface PersonPageProps {
  /** sort and role when rendered for ./filmography/[sort]/[role]. */
  params: Promise<{ slug: string; sort?: string; role?: string }>;
}

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedPersonSlugs());
}

export async function generateMetadata({ params }: PersonPageProps): Promise<Metadata> {
  const person = await loadPersonPage((await params).slug);
  if (!person) return { title: "Person not found" };
  return pageMetadata({
    title: numberedName(person),
    description: person.bio ? truncate(person.bio, 160) : `Films with ${person.name}.`,
    path: `/people/${person.slug}`,
    feedPath: `/people/${person.slug}/feed.xml`,
    openGraphType: "profile",
    hasLargeImage: true,
  });
}

function LifeDates({ date, place, label }: { date: string | null; place: string | null; label: string }) {
  if (!date && !place) return null;
  return (
    <p>
      <span className="text-stone-600 dark:text-stone-400">{label} </span>
      {date ? <time dateTime={date}>{formatDate(date)}</time> : null}
      {date && place ? ", " : null}
      {place}
    </p>
  );
}

/** The other names the person goes by, each in its own script. */
function OtherNames({ names }: { names: { name: string }[] }) {
  if (names.length === 0) return null;
  return (
    <p>
      <span className="text-stone-600 dark:text-stone-400">Also known as </span>
      {names.map(({ name }, index) => (
        <span key={name}>
          {index > 0 ? " · " : null}
          <span className="whitespace-nowrap">{name}</span>
        </span>
      ))}
    </p>
  );
}

function RoleAverage({ label, average }: { label: string; average: ReturnType<typeof averageForRole> }) {
  if (average.films === 0) return null;
  return (
    <p>
      <span className="text-stone-600 dark:text-stone-400">{label}: </span>
      {average.percentage === null ? "not rated yet" : `${average.percentage}%`} over {pluralise(average.films, "film")}
    </p>
  );
}

export default async function PersonPage({ params }: PersonPageProps) {
  const { slug, ...view } = await params;
  const person = await loadPersonPage(slug);
  if (!person) {
    const renamedSlug = await loadRenamedPersonSlug(slug);
    if (renamedSlug) permanentRedirect(`/people/${renamedSlug}`);
    notFound();
  }
  const sort = FILMOGRAPHY_SORTS.find((option) => option === view.sort) ?? FILMOGRAPHY_SORTS[0];
  // EVERY_ROLE, or a role the person has no credit in, shows the whole filmography.
  const role = person.filmography.find((credit) => credit.role === view.role)?.role;
  return (
    <article className="space-y-8">
      <JsonLd data={personJsonLd(person, siteUrl())} />
      <Breadcrumbs
        trail={[
          { name: "Home", path: "/" },
          { name: person.name, path: `/people/${person.slug}` },
        ]}
      />
      <header className="flex items-start gap-5">
        <div>
          <PersonPhoto
            slug={person.slug}
            name={person.name}
            photo={person.photo}
            placeholder={person.photoDetails?.placeholder}
            isPriority
          />
          <ImageCredit details={person.photoDetails} kind="photo" />
        </div>
        <div className="min-w-0 space-y-2">
          <h1 className="text-4xl font-bold tracking-tight">{numberedName(person)}</h1>
          <AdminEditLink href={`/admin/people/${person.id}`}>Edit person</AdminEditLink>
          {person.originalName ? (
            <p className="text-xl text-stone-700 dark:text-stone-300">{person.originalName}</p>
          ) : null}
          <OtherNames names={person.otherNames} />
          <LifeDates label="Born" date={person.birthDate} place={person.birthPlace} />
          <LifeDates label="Died" date={person.deathDate} place={person.deathPlace} />
          <RoleAverage label="Average rating as director" average={averageForRole(person.filmography, "director")} />
          <RoleAverage label="Average rating as actor" average={averageForRole(person.filmography, "cast")} />
        </div>
      </header>
      {person.bio ? <p className="max-w-3xl leading-relaxed">{person.bio}</p> : null}
      <FilmShelf
        id="known-for-heading"
        title="Known for"
        films={knownFor(person.filmography).map((credit) => ({
          ...credit.film,
          ratingCount: credit.ratingCount,
          ratingSum: credit.ratingSum,
        }))}
      />
      <section aria-labelledby="filmography-heading" className="space-y-6">
        <h2 id="filmography-heading" className="text-2xl font-semibold">
          Filmography
        </h2>
        <Filmography person={person} sort={sort} role={role} />
      </section>
    </article>
  );
}
