import type { FieldErrors } from "@/lib/errors";

/** What every form's server action returns to `useActionState`. */
export type FormState =
  | { status: "idle" }
  | { status: "error"; message: string; fieldErrors: FieldErrors; values: Record<string, string | string[]> }
  | { status: "success"; message: string };

export const IDLE: FormState = { status: "idle" };

/** A form's server action as `useActionState` calls it: the page passes it down as a prop. */
export type FormAction = (previous: FormState, formData: FormData) => Promise<FormState>;
