import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { SignUpForm } from "./_components/sign-up-form";

export const metadata: Metadata = pageMetadata({
  title: "Create an account",
  description: "Join Marquee to rate films, write reviews and keep track of what you have seen.",
  path: "/sign-up",
  isNoIndex: true,
});

export default function SignUpPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Create an account</h1>
      <SignUpForm />
    </div>
  );
}
