"use client";

import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from "react";
import type { FormAction } from "@/components/ui/form-state";
import { noViewerState, type TopicViewerState } from "@/lib/domain/comments/viewer-state";
import { VIEWER_STATE_SCRIPT_ID } from "@/lib/domain/comments/viewer-slots";

type Viewer = {
  slug: string;
  /** The reader's own state; null on the page every participant shares, whose server sends it with the page instead (lib/page-cache). */
  state: TopicViewerState | null;
  /** The discussion is open: helpful marks, replies and reports are offered. */
  open: boolean;
  helpful: FormAction;
  follow: FormAction;
};

const ViewerContext = createContext<Viewer | null>(null);

const noSubscription = () => () => undefined;

/** The state the server sent with a shared page (a JSON data block), when it belongs to this topic. */
function sentWithPage(slug: string): TopicViewerState | null {
  try {
    const sent = JSON.parse(document.getElementById(VIEWER_STATE_SCRIPT_ID)?.textContent ?? "null") as TopicViewerState | null;
    return sent && sent.slug === slug && Array.isArray(sent.own) && Array.isArray(sent.marked) && Array.isArray(sent.editable) ? sent : null;
  } catch {
    return null;
  }
}

/** A discussion's reader, for the controls below: their marks, own comments and follow. */
export function ViewerStateProvider({ children, ...viewer }: Viewer & { children: ReactNode }) {
  return <ViewerContext.Provider value={viewer}>{children}</ViewerContext.Provider>;
}

export type ViewerView = { slug: string; open: boolean; helpful: FormAction; follow: FormAction; marked: Set<string>; own: Set<string>; editable: Set<string>; following: boolean };

/**
 * The reader's state: as the server rendered it, or on a shared page, the shared page's (nothing of
 * their own) while it hydrates, so it matches the HTML React starts from, and theirs from then on.
 */
export function useViewer(): ViewerView {
  const viewer = useContext(ViewerContext);
  if (!viewer) throw new Error("useViewer needs a ViewerStateProvider above it");
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const { slug, state, open, helpful, follow } = viewer;
  return useMemo(() => {
    const current = state ?? (hydrated ? sentWithPage(slug) : null) ?? noViewerState(slug);
    return { slug, open, helpful, follow, marked: new Set(current.marked), own: new Set(current.own), editable: new Set(current.editable), following: current.following };
  }, [slug, state, open, helpful, follow, hydrated]);
}
