import { describe, expect, it } from "vitest";
import { countriesFromLead } from "./lead-countries";

describe("countriesFromLead", () => {
  it.each([
    ["Chennai Express is a 2013 Indian Hindi-language action comedy film directed by Rohit Shetty.", ["IN"]],
    ["Notting Hill is a 1999 British-American romantic comedy film. It was written by Richard Curtis.", ["GB", "US"]],
    ["Parasite is a 2019 South Korean black comedy thriller film.", ["KR"]],
    ["Wings of Desire was a 1987 West German–French fantasy film.", ["DE", "FR"]],
    ["The Lunchbox is a 2013 English-language and Hindi-language film.", []],
    ["The Sonata is a 2018 mystery thriller film. It is American.", []],
    ["Feeding Sea Lions is short silent film featuring Paul Boyton", []],
    ["Gene Pitney was an American singer-songwriter and musician.", []],
  ])("%s → %j", (lead, codes) => {
    expect(countriesFromLead(lead)).toEqual(codes);
  });

  it("has nothing to say of a film without a lead", () => {
    expect(countriesFromLead(undefined)).toEqual([]);
  });
});
