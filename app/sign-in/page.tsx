import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { SignInForm } from "./_components/sign-in-form";

export const metadata: Metadata = pageMetadata({
  title: "Sign in",
  description: "Sign in to Marquee to rate and review films.",
  path: "/sign-in",
  isNoIndex: true,
});

export default function SignInPage() {
  return (
    <div className="mx-auto max-w-md space-y-6">
      <h1 className="text-3xl font-bold tracking-tight">Sign in</h1>
      <SignInForm />
    </div>
  );
}
