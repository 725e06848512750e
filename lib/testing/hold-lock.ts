// Holds a named lock in a process of its own until killed, for the lock tests:
// prints "locked" or "busy" once it knows.
import { openSql } from "@/lib/db/sql";

const sql = await openSql(process.env.DATABASE_URL!);
const lock = await sql.tryLock(process.env.LOCK_NAME!);
process.stdout.write(lock ? "locked\n" : "busy\n");
if (!lock) process.exit(3);
setInterval(() => {}, 60_000);
