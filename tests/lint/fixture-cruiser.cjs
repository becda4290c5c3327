/**
 * The project's layer rules (.dependency-cruiser.cjs) moved onto tests/lint/fixtures/, a small
 * project that breaks each rule once: every path rule gets the fixtures' folder in front, except
 * rules about packages (node_modules), which stay as they are.
 */
const project = require("../../.dependency-cruiser.cjs");

const ROOT = "tests/lint/fixtures/";
const move = (pattern) => (Array.isArray(pattern) ? pattern.map(move) : typeof pattern === "string" && pattern.startsWith("^") && !pattern.startsWith("^node_modules") ? `^${ROOT}${pattern.slice(1)}` : pattern);
const moveSide = (side) => Object.fromEntries(Object.entries(side).map(([key, value]) => [key, key === "path" || key === "pathNot" ? move(value) : value]));

module.exports = {
  forbidden: project.forbidden.map((rule) => ({ ...rule, from: moveSide(rule.from), to: moveSide(rule.to) })),
  options: { ...project.options, exclude: { path: ["^\\.next/"] } },
};
