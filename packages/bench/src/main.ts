import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/**
 * `pnpm bench <name> [options]`: runs packages/bench/src/benches/<name>.ts. Each benchmark prints
 * its numbers next to a baseline measured in the same process; docs/benchmarks.md records them.
 */
interface Bench {
  describe: string;
  run(args: string[]): Promise<void>;
}

const benchDir = path.join(path.dirname(fileURLToPath(import.meta.url)), "benches");
const names = (): string[] =>
  readdirSync(benchDir)
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts"))
    .map((file) => file.slice(0, -3))
    .sort();

const load = async (name: string): Promise<Bench> => (await import(`./benches/${name}.ts`)) as Bench;

async function usage(): Promise<string> {
  const lines = await Promise.all(names().map(async (name) => `  ${name.padEnd(12)} ${(await load(name)).describe}`));
  return `Usage: pnpm bench <name> [options]\n\nBenchmarks:\n${lines.join("\n")}`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "-h") {
    console.log(await usage());
    return name ? 0 : 2;
  }
  if (!names().includes(name)) {
    console.error(`bench: unknown benchmark "${name}"\n\n${await usage()}`);
    return 2;
  }
  await (await load(name)).run(rest);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    process.exit(1);
  },
);
