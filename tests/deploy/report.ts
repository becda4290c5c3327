/** The test's verdicts: one PASS or FAIL line each, and how many failed. */
export type Report = { check: (name: string, passed: boolean, detail: string) => void; failed: () => number };

export function createReport(): Report {
  let failed = 0;
  return {
    check(name, passed, detail) {
      console.log(`${passed ? "PASS" : "FAIL"}  ${name}: ${detail}`);
      if (!passed) failed += 1;
    },
    failed: () => failed,
  };
}
