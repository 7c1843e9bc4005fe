import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getPrimaryDb } from "@/db/client";
import { readPersonSnapshot } from "@/db/queries/person-snapshot";
import { listPersonCreditsForAdmin } from "@/db/queries/admin-people";
import { parseId } from "@/lib/route-params";
import { AdminOnly } from "../../_components/admin-only";
import { UnsavedEditsGuard } from "../../_components/unsaved-edits-guard";
import { DeletePerson } from "../_components/delete-person";
import { MergePerson } from "../_components/merge-person";
import { OtherNamesEditor } from "../_components/other-names-editor";
import { PersonCredits } from "../_components/person-credits";
import { PersonForm } from "../_components/person-form";
import { PhotoForm } from "../_components/photo-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("AdminEditPersonPage"))("title") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What `?saved=` says was saved (actions.ts, photo-actions.ts). */
const SAVED = ["created", "updated", "names", "merged", "photo"] as const;

function savedPart(value: unknown) {
  return SAVED.find((part) => part === value);
}

async function EditPerson({ params, searchParams }: Props) {
  const personId = parseId((await params).id);
  const [opened, credits] = personId
    ? await Promise.all([readPersonSnapshot(getPrimaryDb(), personId), listPersonCreditsForAdmin(personId)])
    : [];
  if (!personId || !opened || !credits) notFound();
  const t = await getTranslations("AdminEditPersonPage");
  const saved = savedPart((await searchParams).saved);
  const { name, slug } = opened.snapshot;
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">
        {name} <span className="text-stone-600 dark:text-stone-400">#{personId}</span>
      </h1>
      <p className="flex gap-4">
        <Link href={`/people/${slug}`}>{t("publicPage")}</Link>
        <Link href={`/admin/audit?entity=person&id=${personId}`}>{t("history")}</Link>
      </p>
      {saved ? <p role="status">{t(`saved.${saved}`)}</p> : null}
      <UnsavedEditsGuard className="space-y-8">
        <PersonForm personId={personId} person={opened.snapshot} version={opened.version} />
        <OtherNamesEditor personId={personId} version={opened.version} otherNames={opened.snapshot.otherNames} />
      </UnsavedEditsGuard>
      <PhotoForm person={{ id: personId, slug, name, photo: opened.snapshot.photo }} version={opened.version} />
      <PersonCredits credits={credits} />
      <section aria-labelledby="duplicate-heading" className="space-y-3">
        <h2 id="duplicate-heading" className="text-xl font-semibold">
          {t("duplicate")}
        </h2>
        <MergePerson personId={personId} name={name} />
        <DeletePerson personId={personId} name={name} />
      </section>
    </>
  );
}

export default function EditPersonPage(props: Props) {
  const t = useTranslations("AdminEditPersonPage");
  return (
    <div className="space-y-4">
      <Suspense fallback={<p>{t("loading")}</p>}>
        <AdminOnly>{() => <EditPerson {...props} />}</AdminOnly>
      </Suspense>
    </div>
  );
}
