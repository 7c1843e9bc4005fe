// Countries of the demo catalogue (ISO 3166-1 alpha-2; SU and CS are the reserved codes of states that no longer exist).
import type { DemoCountry } from "./types";

export const countries: DemoCountry[] = [
  { code: "AR", name: "Argentina" },
  { code: "AU", name: "Australia" },
  { code: "BR", name: "Brazil" },
  { code: "CN", name: "China" },
  { code: "CS", name: "Czechoslovakia" },
  { code: "DE", name: "Germany" },
  { code: "DK", name: "Denmark" },
  { code: "ES", name: "Spain" },
  { code: "FR", name: "France" },
  { code: "GB", name: "United Kingdom" },
  { code: "HK", name: "Hong Kong" },
  { code: "IN", name: "India" },
  { code: "IR", name: "Iran" },
  { code: "IT", name: "Italy" },
  { code: "JP", name: "Japan" },
  { code: "KR", name: "South Korea" },
  { code: "MX", name: "Mexico" },
  { code: "NZ", name: "New Zealand" },
  { code: "PL", name: "Poland" },
  { code: "SE", name: "Sweden" },
  { code: "SU", name: "Soviet Union" },
  { code: "TW", name: "Taiwan" },
  { code: "US", name: "United States" },
];
