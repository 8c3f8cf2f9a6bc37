/**
 * `node:path`'s POSIX functions that the .xlsx readers use on paths inside a zip (always relative, «/»
 * separated), for the page, where there is no Node. Same results as `path.posix` (a property test checks).
 */

function split(path: string): { absolute: boolean; segments: string[] } {
  const absolute = path.startsWith("/");
  const segments: string[] = [];
  for (const segment of path.split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === ".." && segments.length > 0 && segments.at(-1) !== "..") segments.pop();
    else if (segment !== ".." || !absolute) segments.push(segment);
  }
  return { absolute, segments };
}

export function normalize(path: string): string {
  if (path === "") return ".";
  const { absolute, segments } = split(path);
  const body = segments.join("/");
  const trailing = path.endsWith("/") ? "/" : "";
  if (absolute) return body === "" ? "/" : `/${body}${trailing}`;
  return `${body === "" ? "." : body}${trailing}`;
}

export function join(...parts: string[]): string {
  const joined = parts.filter((part) => part !== "").join("/");
  return joined === "" ? "." : normalize(joined);
}

/** Node's own algorithm, edge cases included («//a» → «//»). */
export function dirname(path: string): string {
  if (path === "") return ".";
  const hasRoot = path.startsWith("/");
  let end = -1;
  let matchedSlash = true;
  for (let i = path.length - 1; i >= 1; i--) {
    if (path[i] === "/") {
      if (!matchedSlash) {
        end = i;
        break;
      }
    } else matchedSlash = false;
  }
  if (end === -1) return hasRoot ? "/" : ".";
  if (hasRoot && end === 1) return "//";
  return path.slice(0, end);
}

export function basename(path: string): string {
  let end = path.length;
  while (end > 1 && path[end - 1] === "/") end--;
  const trimmed = path.slice(0, end);
  return trimmed === "/" ? "" : trimmed.slice(trimmed.lastIndexOf("/") + 1);
}

/** Both paths taken from the same (root) folder, as `path.posix.relative` does from the working folder. */
export function relative(from: string, to: string): string {
  const a = split(`/${from}`).segments;
  const b = split(`/${to}`).segments;
  let common = 0;
  while (common < a.length && common < b.length && a[common] === b[common]) common++;
  return [...a.slice(common).map(() => ".."), ...b.slice(common)].join("/");
}

/** Resolving against a working folder means the file system, which the page never touches. */
export function resolve(): string {
  throw new Error("Это действие недоступно в браузере.");
}

export const sep = "/";
export const posix = { normalize, join, dirname, basename, relative, sep };
export default posix;
