export function xmlResponse(xml: string, contentType = "application/xml") {
  return new Response(xml, { headers: { "Content-Type": `${contentType}; charset=utf-8` } });
}
