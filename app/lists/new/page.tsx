import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { ListForm } from "../_components/list-form";

export const metadata: Metadata = pageMetadata({
  title: "New list",
  description: "Make a list of films: ranked or not, public or yours alone.",
  path: "/lists/new",
  isNoIndex: true,
});

/** The same static form for everyone: the action checks the session, and sends a visitor to sign in. */
export default function NewListPage() {
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">New list</h1>
      <ListForm />
    </div>
  );
}
