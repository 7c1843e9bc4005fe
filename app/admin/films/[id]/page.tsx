import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getDb } from "@/db/client";
import { readFilmSnapshot } from "@/db/mutations/films";
import { parseId } from "@/lib/route-params";
import { AdminOnly } from "../../_components/admin-only";
import { FilmForm } from "../_components/film-form";
import { loadFilmFormOptions } from "../_components/film-form-options";

export const metadata: Metadata = { title: "Edit film" };

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

const SAVED_MESSAGES: Record<string, string> = { created: "The film is created.", updated: "Your changes are saved." };

async function EditFilm({ params, searchParams }: Props) {
  const filmId = parseId((await params).id);
  const opened = filmId ? await readFilmSnapshot(getDb(), filmId) : undefined;
  if (!filmId || !opened) notFound();
  const saved = SAVED_MESSAGES[String((await searchParams).saved)];
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">
        {opened.snapshot.title} ({opened.snapshot.year})
      </h1>
      <p className="flex gap-4">
        <Link href={`/films/${opened.snapshot.slug}`}>Public page</Link>
        <Link href={`/admin/audit?entity=film&id=${filmId}`}>History</Link>
      </p>
      {saved ? <p role="status">{saved}</p> : null}
      <FilmForm filmId={filmId} film={opened.snapshot} version={opened.version} {...await loadFilmFormOptions()} />
    </>
  );
}

export default function EditFilmPage(props: Props) {
  return (
    <div className="space-y-4">
      <Suspense fallback={<p>Loading…</p>}>
        <AdminOnly>{() => <EditFilm {...props} />}</AdminOnly>
      </Suspense>
    </div>
  );
}
