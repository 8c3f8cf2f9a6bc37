import type { Command } from "../command";
import { demoCommand } from "./demo";
import { generateCommand } from "./generate";
import { importCommand } from "./import";
import { initCommand } from "./init";
import { approveCommand, matchCommand } from "./match";
import { matchJsonCommand } from "./matchJson";
import { questionsCommand } from "./questions";
import { regionCommand } from "./region";
import { reportCommand } from "./report";
import { completeCommand, endCommand, statusCommand } from "./year";

/** Every sub-command of the `nastavnik` CLI, in the order `nastavnik help` lists them. */
export const COMMANDS: readonly Command[] = [
  initCommand,
  importCommand,
  questionsCommand,
  matchCommand,
  approveCommand,
  generateCommand,
  statusCommand,
  endCommand,
  completeCommand,
  reportCommand,
  regionCommand,
  demoCommand,
  matchJsonCommand,
];
