"use client";

import type { ChangeEvent } from "react";

type Props = { id: string; name: string; accept: string; maxBytes: number; tooLargeMessage: string };

/**
 * A file input that refuses a file over `maxBytes` before anything is sent, with the form's own
 * message (the browser shows it and keeps the form from submitting). Without JavaScript the server
 * gives the same message.
 */
export function FileInput({ id, name, accept, maxBytes, tooLargeMessage }: Props) {
  const check = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const tooLarge = Array.from(input.files ?? []).some((file) => file.size > maxBytes);
    input.setCustomValidity(tooLarge ? tooLargeMessage : "");
    if (tooLarge) input.reportValidity();
  };
  return <input className="file-input" type="file" id={id} name={name} accept={accept} onChange={check} />;
}
