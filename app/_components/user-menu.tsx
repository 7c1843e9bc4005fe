"use client";

import Link from "next/link";
import { SignOutForm } from "./sign-out-form";
import { useMember } from "./use-member";

function SignedOutLinks() {
  return (
    <>
      <Link href="/sign-in">Sign in</Link>
      <Link href="/sign-up">Create account</Link>
    </>
  );
}

/**
 * The header's account links. Every page's HTML is the visitor's (so it can be one cached file for everyone, and works
 * without JavaScript); a member's browser swaps in their links from the hint cookie as the page starts.
 */
export function UserMenu() {
  const username = useMember();
  if (!username) return <SignedOutLinks />;
  return (
    <>
      <Link href={`/users/${username}`}>@{username}</Link>
      <Link href="/settings">Settings</Link>
      <SignOutForm>Sign out</SignOutForm>
    </>
  );
}
