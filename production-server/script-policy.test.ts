import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { isFrameworkScript } from "./framework-scripts";
import { inlineScriptsOf, policyForPage, scriptHashSource } from "./script-policy";

const flightStart = "(self.__next_f=self.__next_f||[]).push([0])";
const flightChunk = 'self.__next_f.push([1,"1:\\"$Sreact.fragment\\"\\n\\u003cb\\u003e"])';
const turbopack =
  '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({"otherChunks":["static/chunks/a.js"],"runtimeModuleIds":[94553]});';

function page(...scripts: string[]) {
  return `<!DOCTYPE html><html><head><script src="/_next/static/chunks/main.js" async=""></script>
<script type="application/ld+json">{"@type":"Movie","name":"Escape"}</script></head>
<body><p>&lt;script&gt;alert(1)&lt;/script&gt;</p>${scripts.map((script) => `<script>${script}</script>`).join("")}</body></html>`;
}

describe("the page's Content-Security-Policy", () => {
  it("names each of Next's inline scripts by its SHA-256, and nothing unsafe", () => {
    const { policy, refusedScripts } = policyForPage(page(turbopack, flightStart, flightChunk));
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"))!;
    const hashes = [turbopack, flightStart, flightChunk].map(
      (script) => `'sha256-${createHash("sha256").update(script).digest("base64")}'`,
    );
    expect(scriptSrc).toBe(["script-src 'self'", ...hashes].join(" "));
    expect(policy).toContain("frame-ancestors 'none'");
    // Inline style attributes only: no directive but style-src-attr says "unsafe".
    expect(policy.split("; ").filter((directive) => directive.includes("unsafe"))).toEqual([
      "style-src-attr 'unsafe-inline'",
    ]);
    expect(refusedScripts).toEqual([]);
  });

  it("loads everything from this site only, and lets forms go nowhere else", () => {
    const directives = policyForPage(page(flightStart)).policy.split("; ");
    expect(directives).toEqual(
      expect.arrayContaining([
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "style-src 'self'",
        "form-action 'self'",
        "base-uri 'self'",
        "object-src 'none'",
      ]),
    );
  });

  it("reads inline scripts only: not external ones, not JSON-LD, not escaped text", () => {
    expect(inlineScriptsOf(page(flightStart))).toEqual([flightStart]);
  });

  it("leaves out a script smuggled into the page, even one dressed as Next's", () => {
    const smuggled = [
      "alert(document.cookie)",
      'self.__next_f.push([1,"x"]);alert(1)',
      "self.__next_f.push(alert(1))",
      'self.__next_f.push([1,"x"]),fetch("//evil")',
    ];
    for (const script of smuggled) expect(isFrameworkScript(script), script).toBe(false);
    const { policy, refusedScripts } = policyForPage(page(flightStart, ...smuggled));
    expect(refusedScripts).toEqual(smuggled);
    for (const script of smuggled) expect(policy).not.toContain(scriptHashSource(script));
  });

  it("hashes a script as browsers do, with its line breaks as \\n", () => {
    expect(scriptHashSource("self.__next_f.push([0])\r\n")).toBe(scriptHashSource("self.__next_f.push([0])\n"));
  });
});

describe("React's streaming instructions", () => {
  // As React writes them into a page whose Suspense boundaries resolve after its shell (an admin page, say).
  const reactScripts = [
    "requestAnimationFrame(function(){$RT=performance.now()});",
    '$RS=function(a,b){a=document.getElementById(a);b=document.getElementById(b);for(a.parentNode.removeChild(a);a.firstChild;)b.parentNode.insertBefore(a.firstChild,b);b.parentNode.removeChild(b)};$RS("S:2","P:2")',
    '$RS("S:3","P:3")',
    `$RB=[];$RV=function(a){$RT=performance.now();for(var b=0;b<a.length;b+=2){var c=a[b],e=a[b+1];null!==e.parentNode&&e.parentNode.removeChild(e);var f=c.parentNode;if(f){var g=c.previousSibling,h=0;do{if(c&&8===c.nodeType){var d=c.data;if("/$"===d||"/&"===d)if(0===h)break;else h--;else"$"!==d&&"$?"!==d&&"$~"!==d&&"$!"!==d&&"&"!==d||h++}d=c.nextSibling;f.removeChild(c);c=d}while(c);for(;e.firstChild;)f.insertBefore(e.firstChild,c);g.data="$";g._reactRetry&&requestAnimationFrame(g._reactRetry)}}a.length=0};\n$RC=function(a,b){if(b=document.getElementById(b))(a=document.getElementById(a))?(a.previousSibling.data="$~",$RB.push(a,b),2===$RB.length&&("number"!==typeof $RT?requestAnimationFrame($RV.bind(null,$RB)):(a=performance.now(),setTimeout($RV.bind(null,$RB),2300>a&&2E3<a?2300-a:$RT+300-a)))):b.parentNode.removeChild(b)};$RC("B:1","S:1")`,
    '$RC("B:1","S:1")',
    '$RX("B:0","digest (1)","a message with $RS(\\"x\\") in it",null)',
  ];

  it("are taken for the framework's: React's runtime code, then one call with JSON arguments", () => {
    for (const script of reactScripts) expect(isFrameworkScript(script), script).toBe(true);
  });

  it("are not forged by code that only looks like them", () => {
    const forged = [
      '$RS=function(a,b){alert(1)};$RS("S:2","P:2")',
      '$RS("S:2",alert(1))',
      '$RS("S:2","P:2");alert(1)',
      "requestAnimationFrame(function(){$RT=performance.now()});alert(1)",
      "$RT=1",
    ];
    for (const script of forged) expect(isFrameworkScript(script), script).toBe(false);
  });
});
