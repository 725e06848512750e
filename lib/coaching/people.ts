// Who may be named on a call: the users who can open it (and so read its
// comments). The same rule as the viewer's scope, from the users table: the
// call's rep's own user, the managers of the rep's team, every admin; never a
// disabled account.
import "server-only";
import { placeholders, type SqlConnection } from "@/lib/db/sql";

/** What the coaching loop needs to know of a call (a row of findVisibleCall). */
export interface CommentCall {
  id: number;
  vendor: string;
  external_id: string;
  rep_id: number | null;
  rep_name: string | null;
  duration_sec: number | null;
  prospect_company: string | null;
  prospect_name: string | null;
  prospect_email: string | null;
  from_number: string | null;
  to_number: string | null;
  direction: string | null;
}

export interface CallPerson {
  id: number;
  name: string;
  /** The call is this user's own (he is its rep). */
  isCallRep: boolean;
}

/** More than any organisation's admins and managers of one team together; the list stays one bounded read. */
const MAX_PEOPLE = 500;

function peopleSql(call: CommentCall, extra = ""): { sql: string; params: (number | boolean | null)[] } {
  // A call without a rep is an admin's only: the rep and team conditions match no one.
  return {
    sql: `SELECT u.id, u.name, u.role, u.rep_id FROM users u
          WHERE u.disabled = ? ${extra}
            AND (u.role = 'admin'
              OR (u.role = 'rep' AND u.rep_id = ?)
              OR (u.role = 'manager' AND EXISTS (SELECT 1 FROM user_teams ut JOIN reps r ON r.team_id = ut.team_id WHERE ut.user_id = u.id AND r.id = ?)))
          ORDER BY u.name, u.id`,
    params: [false, call.rep_id, call.rep_id],
  };
}

function toPerson(call: CommentCall, row: { id: number; name: string; role: string; rep_id: number | null }): CallPerson {
  return { id: Number(row.id), name: row.name, isCallRep: row.role === "rep" && call.rep_id !== null && Number(row.rep_id) === Number(call.rep_id) };
}

/** Everyone who can open the call, by name. */
export async function callPeople(sql: SqlConnection, call: CommentCall): Promise<CallPerson[]> {
  const q = peopleSql(call);
  const rows = await sql.all<{ id: number; name: string; role: string; rep_id: number | null }>(`${q.sql} LIMIT ${MAX_PEOPLE}`, q.params);
  return rows.map((r) => toPerson(call, r));
}

/** Those of `ids` who can open the call (on the users' primary key; ids at most a few hundred). */
export async function callPeopleAmong(sql: SqlConnection, call: CommentCall, ids: readonly number[]): Promise<Map<number, CallPerson>> {
  const unique = [...new Set(ids)];
  const found = new Map<number, CallPerson>();
  if (!unique.length) return found;
  const q = peopleSql(call, `AND u.id IN (${placeholders(unique.length)})`);
  const [disabled, ...rest] = q.params;
  const rows = await sql.all<{ id: number; name: string; role: string; rep_id: number | null }>(q.sql, [disabled, ...unique, ...rest]);
  for (const row of rows) found.set(Number(row.id), toPerson(call, row));
  return found;
}
