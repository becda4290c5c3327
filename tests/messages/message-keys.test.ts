/**
 * One error funnel: every message a person can read comes from messages/. This reads the source
 * (app/, lib/, proxy.ts) with the TypeScript parser and checks that
 *   - every message key it names (errors.*, problems.*, validation.*) is a message in messages/en.json;
 *   - every message under problems.* and validation.* is named somewhere (no dead text);
 *   - the app's own errors (`new XError(...)`, not JavaScript's built-in ones) are given keys, not sentences;
 *   - every message a zod schema in lib/validations or lib/domain gives is a key.
 * ESLint (eslint.config.mjs) says the same at the line; the types (MessageKey) catch most of it first.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/config";
import { flatten } from "@/tests/support/message-check";

const ROOT = path.resolve(__dirname, "../..");
const KEY = /^(errors|problems|validation)\.[A-Za-z0-9_]+(\.[A-Za-z0-9_]+)*$/;
/** A key built from a template: `problems.partnerContact.stopped.${status}` names everything under its fixed start. */
const KEY_START = /^(errors|problems|validation)\.[A-Za-z0-9_.]*$/;
const BUILT_IN_ERRORS = new Set(["Error", "TypeError", "RangeError", "SyntaxError", "EvalError", "ReferenceError", "URIError", "AggregateError"]);
/** zod's checks and constructors that take a message (as an argument, or as `message` / `error` in an options object). */
const ZOD_CALLS = new Set(["min", "max", "length", "regex", "refine", "email", "uuid", "url", "date", "enum", "string", "number", "literal", "instanceof", "record", "array", "object", "union", "nonempty", "int", "positive", "startsWith", "endsWith", "includes", "addIssue"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const FILES = [...sourceFiles("app"), ...sourceFiles("lib"), "proxy.ts"];

/** Every leaf of messages/en.json, dotted. */
const MESSAGES = new Set(flatten(loadMessages() as never).keys());

type Finding = { file: string; line: number; text: string };

function scan() {
  const keys: Finding[] = [];
  const keyStarts: Finding[] = [];
  const sentencesThrown: Finding[] = [];
  const sentencesInSchemas: Finding[] = [];
  for (const file of FILES) {
    const source = ts.createSourceFile(file, readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, file.endsWith("x") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
    const at = (node: ts.Node, text: string): Finding => ({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text });
    const schemaFile = /^lib\/(validations|domain)\//.test(file);
    const unwrap = (node: ts.Expression): ts.Expression => (ts.isAsExpression(node) || ts.isSatisfiesExpression(node) || ts.isParenthesizedExpression(node) ? unwrap(node.expression) : node);
    const notKey = (given: ts.Expression | undefined) => {
      const node = given && unwrap(given);
      return node !== undefined && (ts.isTemplateExpression(node) || ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && !KEY.test(node.text)));
    };
    const visit = (node: ts.Node) => {
      if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && KEY.test(node.text)) keys.push(at(node, node.text));
      if (ts.isTemplateExpression(node) && KEY_START.test(node.head.text) && node.head.text.includes(".")) keyStarts.push(at(node, node.head.text));
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text.endsWith("Error") && !BUILT_IN_ERRORS.has(node.expression.text)) {
        const first = node.arguments?.[0];
        if (notKey(first)) sentencesThrown.push(at(node, node.getText(source)));
      }
      if (schemaFile && ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && ZOD_CALLS.has(node.expression.name.text)) {
        for (const argument of node.arguments) {
          // A string argument with a space is a sentence (an id pattern or a literal value has none).
          if ((ts.isStringLiteral(argument) && /\s/.test(argument.text)) || ts.isTemplateExpression(argument)) sentencesInSchemas.push(at(argument, argument.getText(source)));
          if (ts.isObjectLiteralExpression(argument)) {
            for (const property of argument.properties) {
              if (ts.isPropertyAssignment(property) && ts.isIdentifier(property.name) && ["message", "error"].includes(property.name.text) && notKey(property.initializer)) {
                sentencesInSchemas.push(at(property, property.getText(source)));
              }
            }
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { keys, keyStarts, sentencesThrown, sentencesInSchemas };
}

const found = scan();
const where = (findings: Finding[]) => findings.map(({ file, line, text }) => `${file}:${line} ${text}`);

describe("messages", () => {
  it("finds the keys the code uses (the scan works)", () => {
    expect(found.keys.length).toBeGreaterThan(300);
    expect(found.keys.some((key) => key.text === "problems.topic.notFound" && key.file.startsWith("lib/server/"))).toBe(true);
  });

  it("has every message key the code names in messages/en.json", () => {
    expect(where(found.keys.filter((key) => !MESSAGES.has(key.text)))).toEqual([]);
    const starts = found.keyStarts.filter((start) => ![...MESSAGES].some((message) => message.startsWith(start.text)));
    expect(where(starts)).toEqual([]);
  });

  it("uses every message under problems.* and validation.* (none is left behind when code changes)", () => {
    const used = new Set(found.keys.map((key) => key.text));
    const starts = found.keyStarts.map((start) => start.text);
    const unused = [...MESSAGES].filter((message) => /^(problems|validation)\./.test(message) && !used.has(message) && !starts.some((start) => message.startsWith(start)));
    expect(unused).toEqual([]);
  });

  it("throws the app's own errors with message keys, never sentences", () => {
    expect(where(found.sentencesThrown)).toEqual([]);
  });

  it("gives zod schemas in lib/validations and lib/domain keys as their messages, never sentences", () => {
    expect(where(found.sentencesInSchemas)).toEqual([]);
  });
});
