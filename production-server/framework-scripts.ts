// The seam between the production server and the framework: the inline scripts Next and React write into pages, as
// this file knows them. Only these are named in a page's script policy (script-policy.ts); any other inline script
// is refused by the browser. When an upgrade of Next or React changes them, e2e/framework-scripts.contract.spec.ts
// fails and says so, and this is the file to change (README, "Upgrading Next or React").
//
// Next's are calls with one JSON argument: Turbopack's chunk list and the pushes of the page's React Server
// Components payload. React streams the late parts of a page (those behind a Suspense boundary) with small scripts
// of its own: its runtime's functions ($RS, $RC, $RX…, defined in the first script that needs them) and a call
// naming the parts. A script is taken for React's when everything before its call is React's runtime code word for
// word, as found in Next's server runtime files (which carry React), and the call's arguments are JSON: ids, never
// code.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const NEXT_SCRIPT_SHAPES = [
  { prefix: '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push(', suffix: ");" },
  { prefix: "(self.__next_f=self.__next_f||[]).push(", suffix: ")" },
  { prefix: "self.__next_f.push(", suffix: ")" },
];

// Which of them serves pages depends on the bundler and React channel of the build: all are read.
const NEXT_PAGE_RUNTIMES = ["app-page", "app-page-turbo", "app-page-experimental", "app-page-turbo-experimental"];

let runtimeSource: string | undefined;

/** The text of Next's page runtimes, read once. */
function reactRuntimeSource() {
  if (runtimeSource === undefined) {
    const require = createRequire(import.meta.url);
    runtimeSource = NEXT_PAGE_RUNTIMES.map((name) => {
      try {
        return readFileSync(require.resolve(`next/dist/compiled/next-server/${name}.runtime.prod.js`), "utf8");
      } catch {
        return "";
      }
    }).join("\0");
  }
  return runtimeSource;
}

// Each runtime statement assigns one of React's globals, or notes when the page's shell was shown.
const STATEMENT_BOUNDARY = /(?=\$R[A-Z]+=|requestAnimationFrame\(function\(\)\{\$RT=)/;
const STATEMENT_START = /^(?:\$R[A-Z]+=|requestAnimationFrame\(function\(\)\{)/;
const CALL_START = /\$R[A-Z]+\(/g;
const CALL = /^\$R[A-Z]+\(([\s\S]*)\)$/;

const knownStatements = new Set<string>();

function isRuntimeStatement(statement: string) {
  if (knownStatements.has(statement)) return true;
  // In the runtime files, React's code is a string literal: a line break there is written "\n".
  const asWritten = statement.replaceAll("\n", "\\n");
  if (!STATEMENT_START.test(statement) || !reactRuntimeSource().includes(asWritten)) return false;
  knownStatements.add(statement);
  return true;
}

function isRuntimeCode(code: string) {
  return code.split(STATEMENT_BOUNDARY).every((statement) => statement === "" || isRuntimeStatement(statement));
}

/** Whether text is JSON: data, never code. */
function isJson(text: string) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

function isCallWithJsonArguments(code: string) {
  const call = CALL.exec(code);
  return call !== null && isJson(`[${call[1]}]`);
}

/** Whether an inline script is React's: its runtime's code, then at most one call with JSON arguments. */
function isReactInstructionScript(script: string) {
  if (isRuntimeCode(script)) return true;
  // The call is the last thing in the script; an argument may itself hold "$RS(", so each start is tried.
  const callStarts = [...script.matchAll(CALL_START)].map((match) => match.index).reverse();
  return callStarts.some(
    (start) => isCallWithJsonArguments(script.slice(start)) && isRuntimeCode(script.slice(0, start)),
  );
}

/** Whether an inline script is the framework's own: Next's calls with a JSON argument, or React's instructions. */
export function isFrameworkScript(script: string) {
  const isNextCall = NEXT_SCRIPT_SHAPES.some(
    ({ prefix, suffix }) =>
      script.startsWith(prefix) &&
      script.endsWith(suffix) &&
      isJson(script.slice(prefix.length, script.length - suffix.length)),
  );
  return isNextCall || isReactInstructionScript(script);
}
