import { realIO } from "./io";
import { runCli } from "./runCli";

runCli(process.argv.slice(2), realIO()).then((code) => {
  process.exitCode = code;
});
