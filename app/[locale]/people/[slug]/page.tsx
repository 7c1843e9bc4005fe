import { permanentRedirect } from "@/i18n/navigation";
import { useLocale, useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { AdminEditLink } from "@/app/_components/admin-edit-link";
import { Breadcrumbs } from "@/app/_components/breadcrumbs";
import { PersonPhoto } from "@/app/_components/person-photo";
import { EntityJsonLd } from "@/app/_components/json-ld";
import { FilmShelf } from "@/app/_components/film-card";
import { ImageCredit } from "@/app/_components/image-credit";
import { loadPersonPage, loadPrerenderedPersonSlugs, loadRenamedPersonSlug } from "@/app/_data/people";
import { formattersFor, numberedName, truncate } from "@/lib/format";
import { averageForRole, FILMOGRAPHY_SORTS, knownFor } from "@/lib/filmography";
import { pageMetadata } from "@/lib/page-metadata";
import { staticSlugParams } from "@/lib/static-params";
import { siteUrl } from "@/lib/site";
import { personJsonLd } from "@/lib/structured-data";
import { withFilmsInLanguage } from "@/app/_data/film-titles";
import { Filmography } from "./_components/filmography";

interface PersonPageProps {
  /** sort and role when rendered for ./filmography/[sort]/[role]. */
  params: Promise<{ slug: string; sort?: string; role?: string }>;
}

export async function generateStaticParams() {
  return staticSlugParams(await loadPrerenderedPersonSlugs());
}

export async function generateMetadata({ params }: PersonPageProps): Promise<Metadata> {
  const [person, locale, t] = await Promise.all([
    loadPersonPage((await params).slug),
    getLocale(),
    getTranslations("PersonPage"),
  ]);
  if (!person) return { title: t("notFound") };
  return pageMetadata({
    locale,
    title: numberedName(person),
    description: person.bio ? truncate(person.bio, 160) : t("fallbackDescription", { name: person.name }),
    path: `/people/${person.slug}`,
    feedPath: `/people/${person.slug}/feed.xml`,
    openGraphType: "profile",
    shareCardAlt: t("shareCardAlt", { name: person.name }),
  });
}

function LifeDates({ date, place, label }: { date: string | null; place: string | null; label: string }) {
  const format = formattersFor(useLocale(), useTranslations("Format"));
  if (!date && !place) return null;
  return (
    <p>
      <span className="text-stone-600 dark:text-stone-400">{label} </span>
      {date ? <time dateTime={date}>{format.date(date)}</time> : null}
      {date && place ? ", " : null}
      {place}
    </p>
  );
}

/** The other names the person goes by, each in its own script. */
function OtherNames({ names }: { names: { name: string }[] }) {
  const t = useTranslations("PersonPage");
  if (names.length === 0) return null;
  return (
    <p>
      <span className="text-stone-600 dark:text-stone-400">{t("alsoKnownAs")} </span>
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
  const t = useTranslations("PersonPage");
  if (average.films === 0) return null;
  return (
    <p>
      <span className="text-stone-600 dark:text-stone-400">{label}: </span>
      {t("averageOver", {
        average: average.percentage === null ? t("notRatedYet") : `${average.percentage}%`,
        count: average.films,
      })}
    </p>
  );
}

export default async function PersonPage({ params }: PersonPageProps) {
  const { slug, ...view } = await params;
  const [loaded, t, locale] = await Promise.all([loadPersonPage(slug), getTranslations("PersonPage"), getLocale()]);
  if (!loaded) {
    const renamedSlug = await loadRenamedPersonSlug(slug);
    if (renamedSlug) permanentRedirect({ href: `/people/${renamedSlug}`, locale });
    notFound();
  }
  const person = { ...loaded, filmography: await withFilmsInLanguage(loaded.filmography, locale) };
  const sort = FILMOGRAPHY_SORTS.find((option) => option === view.sort) ?? FILMOGRAPHY_SORTS[0];
  // EVERY_ROLE, or a role the person has no credit in, shows the whole filmography.
  const role = person.filmography.find((credit) => credit.role === view.role)?.role;
  return (
    <article className="space-y-8">
      <EntityJsonLd
        entity={personJsonLd(person, siteUrl())}
        name={numberedName(person)}
        path={`/people/${person.slug}`}
      />
      <Breadcrumbs
        trail={[
          { name: t("home"), path: "/" },
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
          <AdminEditLink href={`/admin/people/${person.id}`}>{t("editPerson")}</AdminEditLink>
          {person.originalName ? (
            <p className="text-xl text-stone-700 dark:text-stone-300">{person.originalName}</p>
          ) : null}
          <OtherNames names={person.otherNames} />
          <LifeDates label={t("born")} date={person.birthDate} place={person.birthPlace} />
          <LifeDates label={t("died")} date={person.deathDate} place={person.deathPlace} />
          <RoleAverage label={t("averageAsDirector")} average={averageForRole(person.filmography, "director")} />
          <RoleAverage label={t("averageAsActor")} average={averageForRole(person.filmography, "cast")} />
        </div>
      </header>
      {person.bio ? <p className="max-w-3xl leading-relaxed">{person.bio}</p> : null}
      <FilmShelf
        id="known-for-heading"
        title={t("knownFor")}
        films={knownFor(person.filmography).map((credit) => ({
          ...credit.film,
          ratingCount: credit.ratingCount,
          ratingSum: credit.ratingSum,
        }))}
      />
      <section aria-labelledby="filmography-heading" className="space-y-6">
        <h2 id="filmography-heading" className="text-2xl font-semibold">
          {t("filmography")}
        </h2>
        <Filmography person={person} sort={sort} role={role} />
      </section>
    </article>
  );
}
