// The rules for a film's lists that admins edit as a whole: other titles, plots and credits.
import { z } from "zod";
import { idField, optionalText } from "./fields";

export const CREDIT_ROLES = [
  "director",
  "writer",
  "cast",
  "composer",
  "cinematographer",
  "editor",
  "producer",
] as const;
export const TITLE_KINDS = ["alternate", "original", "working"] as const;

const language = z
  .string()
  .trim()
  .regex(/^([a-z]{2,3}(-[A-Za-z0-9]{2,8})*)?$/, "Use a language code such as en, ko or pt-BR.");

export const titleRowSchema = z.object({
  title: z.string().trim().min(1, "Enter the title.").max(300, "Keep the title under 300 characters."),
  kind: z.enum(TITLE_KINDS, "Choose what kind of title this is."),
  countryCode: z
    .union([z.literal(""), z.string().regex(/^[A-Z]{2}$/, "Choose a country.")])
    .transform((code) => (code === "" ? null : code)),
  language: language.transform((code) => (code === "" ? null : code)),
});

export const titlesSchema = z
  .array(titleRowSchema)
  .max(100, "A film has at most 100 other titles here.")
  .superRefine((titles, context) => {
    const seen = new Set<string>();
    titles.forEach((row, index) => {
      const key = `${row.kind}\u0000${row.title}`;
      if (seen.has(key))
        context.addIssue({ code: "custom", path: [index, "title"], message: "This title is listed twice." });
      seen.add(key);
    });
  });

export const plotRowSchema = z.object({
  body: z.string().trim().min(1, "Write the plot, or remove it.").max(10_000, "Keep a plot under 10,000 characters."),
  source: z
    .string()
    .trim()
    .min(1, "Credit the source, e.g. Wikipedia or the distributor.")
    .max(200, "Keep the source under 200 characters."),
  // Shown as a link on the public page, so only web addresses (never javascript: or data:).
  sourceUrl: z
    .union([
      z.literal(""),
      z.url({ protocol: /^https?$/, error: "Enter a web address starting with https:// or http://." }).max(2000),
    ])
    .transform((url) => (url === "" ? null : url)),
  license: optionalText(200, "Keep the licence under 200 characters."),
  language: language.transform((code) => (code === "" ? "en" : code)),
});

export const plotsSchema = z.array(plotRowSchema).max(20, "A film has at most 20 plots.");

export const creditRowSchema = z
  .object({
    personId: z
      .union([z.literal(""), idField("Choose this person again from the search.")], {
        error: "Choose this person again from the search.",
      })
      .transform((id) => (id === "" ? null : id)),
    // A person not yet in the catalogue, created with the credit.
    newPersonName: optionalText(200, "Keep the name under 200 characters."),
    role: z.enum(CREDIT_ROLES, "Choose a role."),
    character: optionalText(300, "Keep the character under 300 characters."),
  })
  .refine((credit) => credit.personId !== null || credit.newPersonName !== null, {
    path: ["newPersonName"],
    message: "Choose a person, or type the name of a new one.",
  });

export const creditsSchema = z
  .array(creditRowSchema)
  .max(500, "A film has at most 500 credits here.")
  .superRefine((credits, context) => {
    const seen = new Set<string>();
    credits.forEach((credit, index) => {
      if (credit.personId === null) return;
      const key = `${credit.personId}:${credit.role}`;
      if (seen.has(key))
        context.addIssue({
          code: "custom",
          path: [index, "role"],
          message: "This person already has this role on the film.",
        });
      seen.add(key);
    });
  });

export type TitleRow = z.output<typeof titleRowSchema>;
export type PlotRow = z.output<typeof plotRowSchema>;
export type CreditInput = z.output<typeof creditRowSchema>;
