import { z } from "zod";
import { getCurrentUser } from "@/lib/auth/current-user";
import { NotFoundError } from "@/lib/errors";
import { openDocument } from "@/lib/server/topics/topic-documents";

/** Downloads a topic document: a short signed URL on Supabase Storage, the bytes from local disk. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return Response.json({ error: "That document could not be found." }, { status: 404 });
  try {
    const document = await openDocument(await getCurrentUser(), id);
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
  } catch (error) {
    if (error instanceof NotFoundError) return Response.json({ error: error.message }, { status: 404 });
    throw error;
  }
}
