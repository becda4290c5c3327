import path from "node:path";

/**
 * Imports a module that another branch adds (the results and export code), so the benchmark
 * typechecks and runs before it lands. Returns null, with the reason, when the module or the export
 * is not there; any other failure (a module that throws while loading) is thrown as it is.
 */
export async function optionalExport<T>(fromRoot: string, name: string): Promise<{ value: T } | { missing: string }> {
  const specifier = path.resolve(__dirname, "..", "..", fromRoot);
  let loaded: Record<string, unknown>;
  try {
    loaded = (await import(specifier)) as Record<string, unknown>;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if ((code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND") && String((error as Error).message).includes(path.basename(fromRoot))) {
      return { missing: `${fromRoot}.ts is not in this branch yet (it comes with the results and exports work)` };
    }
    throw error;
  }
  const value = loaded[name] ?? (loaded.default as Record<string, unknown> | undefined)?.[name];
  if (typeof value !== "function") return { missing: `${fromRoot}.ts does not export ${name}()` };
  return { value: value as T };
}
