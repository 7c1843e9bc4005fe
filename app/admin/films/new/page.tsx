import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminOnly } from "../../_components/admin-only";
import { FilmForm } from "../_components/film-form";
import { loadFilmFormOptions } from "../_components/film-form-options";

export const metadata: Metadata = { title: "New film" };

async function NewFilmForm() {
  return <FilmForm {...await loadFilmFormOptions()} />;
}

export default function NewFilmPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">New film</h1>
      <Suspense fallback={<p>Loading…</p>}>
        <AdminOnly>{() => <NewFilmForm />}</AdminOnly>
      </Suspense>
    </div>
  );
}
