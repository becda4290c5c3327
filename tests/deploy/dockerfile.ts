import { readFileSync } from "node:fs";

/** How the Dockerfile's final stage runs the app: what `npm run test:deploy` then does itself. */
export type Launch = {
  /** The folder the image runs in (WORKDIR). */
  workdir: string;
  /** The build folder copied into it (the final stage's COPY --from=build ... ./). */
  copied: string;
  /** ENV of the final stage. */
  env: Record<string, string>;
  /** CMD, in exec form. */
  command: string[];
  /** HEALTHCHECK's CMD, in exec form. */
  healthCheck: string[];
};

/** The Dockerfile's instructions, continuation lines joined and comments dropped. */
function instructions(text: string): string[] {
  return text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "" && !line.startsWith("#"));
}

function execForm(value: string, what: string): string[] {
  const parsed: unknown = JSON.parse(value.trim());
  if (!Array.isArray(parsed) || !parsed.every((part) => typeof part === "string")) throw new Error(`The Dockerfile's ${what} is not in exec form (a JSON array of strings)`);
  return parsed;
}

/** Reads the final stage of `file`: the part after its last FROM. */
export function readLaunch(file = "Dockerfile"): Launch {
  const all = instructions(readFileSync(file, "utf8"));
  const lastFrom = all.findLastIndex((line) => /^FROM\s/i.test(line));
  const stage = all.slice(lastFrom + 1);
  const launch: Partial<Launch> & { env: Record<string, string> } = { env: {} };
  for (const line of stage) {
    const [, keyword = "", rest = ""] = /^(\S+)\s+(.*)$/.exec(line) ?? [];
    switch (keyword.toUpperCase()) {
      case "WORKDIR":
        launch.workdir = rest;
        break;
      case "ENV":
        for (const pair of rest.split(/\s+/)) {
          const [key, ...value] = pair.split("=");
          if (key) launch.env[key] = value.join("=");
        }
        break;
      case "COPY": {
        const copy = /--from=build\s+(?:--chown=\S+\s+)?\/app\/(\S+)\s+\.\/$/.exec(rest);
        if (copy) launch.copied = copy[1];
        break;
      }
      case "CMD":
        launch.command = execForm(rest, "CMD");
        break;
      case "HEALTHCHECK":
        launch.healthCheck = execForm(rest.replace(/^(--\S+\s+)*CMD\s+/, ""), "HEALTHCHECK");
        break;
    }
  }
  const { workdir, copied, command, healthCheck } = launch;
  if (!workdir || !copied || !command || !healthCheck) throw new Error("The Dockerfile's final stage needs WORKDIR, COPY --from=build /app/<folder> ./, CMD and HEALTHCHECK");
  return { workdir, copied, env: launch.env, command, healthCheck };
}
