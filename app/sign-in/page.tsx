import type { Metadata } from "next";
import { pageMetadata } from "@/lib/page-metadata";
import { SignInPanel } from "./_components/sign-in-panel";

export const metadata: Metadata = pageMetadata({
  title: "Sign in",
  description: "Sign in to Marquee to rate and review films.",
  path: "/sign-in",
  isNoIndex: true,
});

export default function SignInPage() {
  return <SignInPanel />;
}
