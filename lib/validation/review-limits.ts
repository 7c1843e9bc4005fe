// The review and report forms' limits and choices, apart from their zod schemas (reviews.ts): the forms show them as
// you type, and importing the schemas into a client component would ship zod to every film page's browser.

export const REVIEW_MAX_LENGTH = 5000;

export const REPORT_REASONS = {
  spam: "Spam or advertising",
  abuse: "Abusive or hateful",
  spoilers: "Unmarked spoilers",
  "off-topic": "Not about the film",
  other: "Something else",
} as const;

export const REPORT_DETAILS_MAX_LENGTH = 1000;
