export function xmlResponse(xml: string, contentType = "application/xml") {
  return new Response(xml, { headers: { "Content-Type": `${contentType}; charset=utf-8` } });
}

export function notFoundResponse() {
  return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
}
