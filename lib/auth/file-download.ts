/**
 * A file to save: served as an attachment that no cache keeps and no browser sniffs into another
 * type. `headers` adds to these (an SVG's policy that runs nothing when it is opened directly).
 */
export function fileDownload(body: string, type: string, filename: string, headers: Record<string, string> = {}): Response {
  return new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
      ...headers,
    },
  });
}

/** A QR code (or any SVG) to save: opened directly, it runs nothing. */
export function svgDownload(svg: string, filename: string): Response {
  return fileDownload(svg, "image/svg+xml", filename, { "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'" });
}
