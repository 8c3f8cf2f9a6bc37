import { describe, expect, it } from "vitest";
import { checkCertificate, type MatchingInstance, type MatchingResult } from "../../src/core/matching";
import { type CommandIO, UserError } from "../../src/node/command";
import { COMMANDS } from "../../src/node/commands";
import { matchJsonCommand } from "../../src/node/commands/matchJson";

function fakeIo(stdin: string) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CommandIO = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    readStdin: async () => stdin,
    interactive: false,
  };
  return { io, stdout: () => out.join(""), stderr: () => err.join("") };
}

const INSTANCE: MatchingInstance = {
  mentors: [
    { id: "m2", capacity: 1 },
    { id: "m1", capacity: 2 },
  ],
  mentees: [{ id: "e3" }, { id: "e1" }, { id: "e2" }, { id: "e4" }],
  edges: [
    { mentor: "m1", mentee: "e1", score: 37 },
    { mentor: "m2", mentee: "e2", score: 20 },
    { mentor: "m1", mentee: "e2", score: 25 },
    { mentor: "m1", mentee: "e3", score: 1 },
    { mentor: "m2", mentee: "e3", score: 2 },
  ],
  locked: [{ mentor: "m1", mentee: "e3" }],
};

async function run(stdin: string, args: string[] = []) {
  const fake = fakeIo(stdin);
  await matchJsonCommand.run(args, fake.io);
  return fake;
}

describe("nastavnik match-json", () => {
  it("is registered among the CLI commands", () => {
    expect(COMMANDS.map((c) => c.name)).toContain("match-json");
  });

  it("reads an instance from stdin and writes the optimal pairs, sorted, with a certificate", async () => {
    const { stdout, stderr } = await run(JSON.stringify(INSTANCE));
    const result = JSON.parse(stdout()) as MatchingResult;
    expect(result.pairs).toEqual([
      { mentor: "m1", mentee: "e1", score: 37 },
      { mentor: "m1", mentee: "e3", score: 1 },
      { mentor: "m2", mentee: "e2", score: 20 },
    ]);
    expect(result).toMatchObject({ unmatched: ["e4"], matched: 3, total: 58 });
    expect(checkCertificate(INSTANCE, result)).toEqual([]);
    expect(stderr()).toBe("");
  });

  it("leaves the certificate out on request", async () => {
    const { stdout } = await run(JSON.stringify(INSTANCE), ["--no-certificate"]);
    expect(JSON.parse(stdout())).not.toHaveProperty("certificate");
  });

  it.each([
    ["empty input", "", /не подан JSON/],
    ["broken JSON", "{ mentors: ", /^На входе не JSON \(строка 1, столбец 3\): проверьте скобки/],
    ["an invalid instance", JSON.stringify({ ...INSTANCE, mentees: [] }), /неизвестный наставляемый «e1»/],
  ])("refuses %s with a Russian message", async (_name, stdin, message) => {
    const failure = run(stdin);
    await expect(failure).rejects.toBeInstanceOf(UserError);
    await expect(failure).rejects.toThrow(message);
  });

  it("refuses unknown arguments", async () => {
    await expect(run(JSON.stringify(INSTANCE), ["--fast"])).rejects.toThrow(/Неизвестный аргумент --fast/);
  });
});
