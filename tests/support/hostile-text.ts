// What a form field can carry, for property-based tests: text of any kind and length, with the characters that break
// naive code (NUL, right-to-left override, emoji, SQL and HTML, digits past any integer, 12,000 characters).
import fc from "fast-check";

export const hostileText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 60 }),
  fc.string({ unit: "grapheme", maxLength: 60 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\u202eevil",
    "😀🎬",
    "'; drop table films; --",
    "%_\\",
    "<script>alert(1)</script>",
    "9".repeat(40),
  ),
  fc.string({ unit: "binary-ascii", minLength: 5_000, maxLength: 12_000 }),
);
