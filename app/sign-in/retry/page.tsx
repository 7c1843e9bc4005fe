import type { Metadata } from "next";
import { SignInPanel } from "../_components/sign-in-panel";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

/** Where a failed sign-in posted without JavaScript lands (see redirectIfPostedWithoutScript). */
export default function SignInRetryPage() {
  return <SignInPanel notice="That username or email and password do not match an account." />;
}
