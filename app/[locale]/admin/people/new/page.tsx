import type { Metadata } from "next";
import { Suspense } from "react";
import { AdminOnly } from "../../_components/admin-only";
import { PersonForm } from "../_components/person-form";

export const metadata: Metadata = { title: "New person" };

export default function NewPersonPage() {
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold tracking-tight">New person</h1>
      <Suspense fallback={<p>Loading…</p>}>
        <AdminOnly>{() => <PersonForm />}</AdminOnly>
      </Suspense>
    </div>
  );
}
