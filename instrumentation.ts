/**
 * Runs once when a server starts, before it serves requests. NEXT_RUNTIME is Next's own marker
 * (set in-process by Next), read here as its docs require so the Node-only code is not bundled
 * for the edge.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const [{ after }, { deferDispatchWith }, { startServer }] = await Promise.all([import("next/server"), import("./lib/server/outbox/dispatch-pending-emails"), import("./lib/server/jobs/start-server")]);
    // Use cases ask for mail to go "soon": in a request that is once the response has gone; outside
    // one (the jobs loop) `after` refuses, and the work starts at once instead.
    deferDispatchWith((work) => {
      try {
        after(work);
      } catch {
        void work();
      }
    });
    await startServer();
  }
}
