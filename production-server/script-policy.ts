// A page's Content-Security-Policy: the base policy every answer carries and a page's own (lib/security-headers.ts),
// and a script-src naming, by hash, the inline scripts the framework wrote into that very page. Nonces would make
// every cached page dynamic, and a page's scripts are only known once it is rendered (film pages re-render on every review), so the
// hashes are taken from each page as it leaves the server (html-policy.ts).
//
// Only the framework's scripts are hashed (framework-scripts.ts). A <script> of any other content (one smuggled into
// a page through some future bug) is left out, and the browser refuses to run it.
import { createHash } from "node:crypto";
import { BASE_DIRECTIVES, pageDirectives } from "@/lib/security-headers";
import { isFrameworkScript } from "./framework-scripts";

// React escapes "<" inside the scripts it writes, so a script's text ends at the first "</script".
const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const EXTERNAL_OR_DATA = /\bsrc\s*=|\btype\s*=\s*["']?application\/(?:ld\+)?json/i;

/** The inline scripts a page runs (not external ones, not JSON-LD and other data blocks), as written. */
export function inlineScriptsOf(html: string): string[] {
  const scripts: string[] = [];
  for (const [, attributes = "", text = ""] of html.matchAll(INLINE_SCRIPT)) {
    if (!EXTERNAL_OR_DATA.test(attributes)) scripts.push(text);
  }
  return scripts;
}

/** A CSP hash source; browsers hash the script's text after turning its line breaks into "\n". */
export function scriptHashSource(script: string) {
  return `'sha256-${createHash("sha256").update(script.replace(/\r\n?/g, "\n")).digest("base64")}'`;
}

export interface PagePolicy {
  policy: string;
  /** Inline scripts that are not the framework's and so will not run: worth a warning in the log. */
  refusedScripts: string[];
}

let pageBase: string[] | undefined;

/**
 * The policy for one HTML page: the base policy, what a page may load, and scripts only from this site and the
 * page's own inline ones.
 */
export function policyForPage(html: string): PagePolicy {
  pageBase ??= [...BASE_DIRECTIVES, ...pageDirectives()];
  const hashes = new Set<string>();
  const refusedScripts: string[] = [];
  for (const script of inlineScriptsOf(html)) {
    if (isFrameworkScript(script)) hashes.add(scriptHashSource(script));
    else refusedScripts.push(script);
  }
  const scriptSrc = ["script-src 'self'", ...hashes].join(" ");
  return { policy: [...pageBase, scriptSrc].join("; "), refusedScripts };
}
