/**
 * Runs once when a server starts, before it serves requests. NEXT_RUNTIME is Next's own marker
 * (set in-process by Next), read here as its docs require so the Node-only code is not bundled
 * for the edge.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { startServer } = await import("./lib/server/startup");
    await startServer();
  }
}
