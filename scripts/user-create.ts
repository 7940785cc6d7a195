// `npm run user:create -- --email a@b.vn --role admin [--name "Nguyễn Văn A"]`
// Creates a newsroom account. The password comes from NEWSROOM_PASSWORD, or is asked
// for on the terminal (not echoed). It must pass the same rules as in the newsroom.
import readline from "node:readline";
import { parseArgs } from "node:util";
import { useDatabase } from "@/db/client";
import { openMigratedDatabase } from "@/db/migrate";
import { createUser, UserCommandError } from "@/newsroom/users/commands";
import { createUserSchema } from "@/newsroom/users/schema";

const { values } = parseArgs({ options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" } } });

async function askPassword(): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("Set NEWSROOM_PASSWORD, or run in a terminal to be asked for the password.");
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void };
  process.stdout.write("Mật khẩu: ");
  output._writeToOutput = () => undefined; // do not echo
  const password = await new Promise<string>((resolve) => rl.question("", resolve));
  rl.close();
  process.stdout.write("\n");
  return password;
}

const parsed = createUserSchema.safeParse({
  email: values.email,
  name: values.name ?? values.email?.split("@")[0],
  role: values.role?.toUpperCase(),
  password: process.env.NEWSROOM_PASSWORD ?? (await askPassword()),
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`${String(issue.path[0])}: ${issue.message}`);
  process.exit(2);
}
const db = await openMigratedDatabase();
useDatabase(db);
try {
  const user = await createUser(parsed.data, { id: null });
  console.log(`Created ${user.role.toLowerCase()} ${user.email} (id ${user.id}).`);
} catch (error) {
  if (error instanceof UserCommandError) {
    console.error(error.message);
    process.exitCode = 2;
  } else throw error;
} finally {
  await db.close();
}
