import { getCurrentUser } from "@/lib/auth/current-user";
import { uuidParam, withPublic } from "@/lib/auth/route";
import { openTopicDocument } from "@/lib/server/topics/open-topic-document";

/**
 * Downloads a topic document: a short signed URL on Supabase Storage, the bytes from local disk.
 * Anyone may ask; a draft topic's documents are found only by those who may manage topics.
 */
export const GET = withPublic<{ id: string }>(async (_request, { params }) => {
  const document = await openTopicDocument(await getCurrentUser(), uuidParam(params.id, "problems.document.notFound"));
  if (document.signedUrl) return Response.redirect(document.signedUrl, 302);
  const inline = document.kind === "png" || document.kind === "jpeg" || document.kind === "pdf";
  return new Response(Buffer.from(document.bytes ?? new Uint8Array()), {
    headers: {
      "Content-Type": document.mime,
      "Content-Disposition": `${inline ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(document.name)}`,
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "Cache-Control": "private, max-age=300",
    },
  });
});
