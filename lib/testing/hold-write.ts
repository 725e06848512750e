// Holds a SQLite database's write lock in a process of its own for HOLD_MS,
// as another process's long write would: prints "locked" once it holds it.
import Database from "better-sqlite3";
import { sqliteFilePath } from "@/lib/db/provider";

const db = new Database(sqliteFilePath(process.env.DATABASE_URL!));
db.exec("BEGIN IMMEDIATE");
process.stdout.write("locked\n");
setTimeout(() => {
  db.exec("COMMIT");
  db.close();
  process.exit(0);
}, Number(process.env.HOLD_MS));
