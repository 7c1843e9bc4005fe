import { IncomingMessage, ServerResponse } from "node:http";
import { Socket } from "node:net";
import { describe, expect, it } from "vitest";
import { keepRenderedQueryFromTheAddress } from "./locale-rewrites";

describe("keepRenderedQueryFromTheAddress", () => {
  it("drops the rewritten query Next gives for an English page, and keeps every other header", () => {
    const response = new ServerResponse(new IncomingMessage(new Socket()));
    keepRenderedQueryFromTheAddress(response);
    response.setHeader("X-NextJS-Rewritten-Query", "");
    response.setHeader("x-nextjs-rewritten-path", "/en/admin/films");
    response.setHeader("content-type", "text/x-component");
    expect(response.getHeader("x-nextjs-rewritten-query")).toBeUndefined();
    expect(response.getHeader("x-nextjs-rewritten-path")).toBe("/en/admin/films");
    expect(response.getHeader("content-type")).toBe("text/x-component");
  });
});
