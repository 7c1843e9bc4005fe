import { notFound } from "next/navigation";
import { connection } from "next/server";
import { findSignedInAdmin } from "@/auth";

/** Renders its children for a signed-in admin (checked against the database now), a 404 for anyone else. */
export async function AdminOnly({
  children,
}: {
  children: (admin: { id: number; username: string }) => React.ReactNode;
}) {
  await connection();
  const admin = await findSignedInAdmin();
  if (!admin) notFound();
  return children(admin);
}
