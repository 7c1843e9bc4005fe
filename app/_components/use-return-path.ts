"use client";

import { useBrowserValue } from "./use-browser-value";

const returnPathOfAddress = () => new URLSearchParams(window.location.search).get("returnTo") ?? "";

/**
 * The `returnTo` of the page's address, read in the browser. Forms stay in the static page this way (no
 * Suspense around useSearchParams), so they work without JavaScript too; the server then falls back to the
 * Referer (see resolveReturnPath).
 */
export function useReturnPath(): string {
  return useBrowserValue(returnPathOfAddress, "");
}
