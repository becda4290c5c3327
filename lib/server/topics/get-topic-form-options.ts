import "server-only";
import { listCommunities, listNeighbourhoods, listThemes } from "@/lib/server/reference/list-reference";

/** The choices a topic form offers: themes, communities of interest, neighbourhoods. */
export async function getTopicFormOptions() {
  const [themes, communities, neighbourhoods] = await Promise.all([listThemes(), listCommunities(), listNeighbourhoods()]);
  return { themes, communities, neighbourhoods };
}
