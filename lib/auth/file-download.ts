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

/** A binary file to save (a report's PDF or DOCX), with its name in both forms browsers read. */
export function reportFileResponse(file: { filename: string; contentType: string; bytes: Buffer }, cacheControl: string): Response {
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      "Content-Type": file.contentType,
      "Content-Disposition": `attachment; filename="${file.filename}"; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": cacheControl,
      "X-Content-Type-Options": "nosniff",
    },
  });
}
