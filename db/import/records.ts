// The one shape every format's rows are turned into before they are matched and written.
import type { Database } from "../client";
import type { creditRole, titleKind } from "../schema";
import type { Catalogue } from "./catalogue";
import type { ExternalId, ExternalSource } from "./entity-index";
import type { Progress } from "./progress";
import type { ImportSummary } from "./summary";

export type CreditRole = (typeof creditRole.enumValues)[number];
type TitleKind = (typeof titleKind.enumValues)[number];

export interface PersonRecord {
  name: string;
  originalName?: string;
  externalIds: ExternalId[];
}

export interface TitleRecord {
  title: string;
  kind: TitleKind;
  /** An ISO code the catalogue knows (see countries.ts). */
  countryCode?: string;
  language?: string;
}

export interface PlotRecord {
  body: string;
  /** Who wrote it, credited on the page: "Wikipedia", "Netflix". */
  source: string;
  sourceUrl?: string;
  license?: string;
  language?: string;
}

export interface CreditRecord {
  person: PersonRecord;
  role: CreditRole;
  character?: string;
}

export interface FilmRecord {
  /** Where the row is in the source ("netflix_titles.csv line 12"), for examples in the summary. */
  origin: string;
  externalIds: ExternalId[];
  title: string;
  originalTitle?: string;
  year: number;
  releaseDate?: string;
  runtimeMinutes?: number;
  titles?: TitleRecord[];
  plot?: PlotRecord;
  /** Genre names as the catalogue calls them ("Science Fiction"); missing genres are created. */
  genres?: string[];
  /** ISO codes, main production country first. */
  countryCodes?: string[];
  /** Billing order is the order within each role. */
  credits?: CreditRecord[];
}

/** What every format's importer works with. */
export interface ImportContext {
  db: Database;
  catalogue: Catalogue;
  summary: ImportSummary;
  progress: Progress;
  /** Keep titles a source marks as adult (IMDb's isAdult); by default they are skipped, as IMDb's own search does. */
  includeAdult: boolean;
  /** The database the rows come from: credits record it, and people without ids are known by their name in it. */
  source: ExternalSource;
}

/** What reading a source into records needs: somewhere to report skipped rows and progress, but no database. */
export type ReadContext = Pick<ImportContext, "summary" | "progress">;
