import "server-only";
import { notFound } from "next/navigation";
import { z } from "zod";
import { NotFoundError } from "@/lib/errors";

/**
 * For pages: runs a use case and turns its NotFoundError into the 404 page. With `id`, an id that
 * is not a UUID is a 404 before anything queries the database.
 */
export async function orNotFound<T>(load: () => Promise<T>, id?: string): Promise<T> {
  if (id !== undefined && !z.uuid().safeParse(id).success) notFound();
  try {
    return await load();
  } catch (error) {
    if (error instanceof NotFoundError) notFound();
    throw error;
  }
}
