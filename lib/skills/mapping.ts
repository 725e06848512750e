// The skill model an admin edits: Coachboard's skills and which of them each
// vendor skill counts towards. Every change is audited and queues a
// recompute of the rollups, in one transaction with the change.
import "server-only";
import { z } from "zod";
import type { SqlConnection } from "@/lib/db/sql";
import { skillKey, VENDOR_SKILL_SETS } from "@/lib/domain/skills";
import { recordAudit } from "@/lib/people/audit";
import { queueRecompute, readRecompute, type RecomputeStatus } from "./recompute";

/** A refused change, in words: a 400. */
export class SkillInputError extends Error {}

const label = z.string().trim().min(1, { message: "is required" }).max(60, { message: "must be at most 60 characters" });
const description = z.string().trim().max(200, { message: "must be at most 200 characters" });

export const addSkillSchema = z.object({ label, description: description.optional() }).strict();
export const skillMappingChangesSchema = z
  .object({
    changes: z
      .array(
        z
          .object({
            skillSet: z.enum(VENDOR_SKILL_SETS, { message: `must be one of ${VENDOR_SKILL_SETS.join(", ")}` }),
            skill: z.string().min(1, { message: "is required" }).max(200, { message: "must be at most 200 characters" }),
            // null: the vendor skill counts towards no Coachboard skill
            unifiedSkill: z.string().min(1, { message: "is required" }).max(80, { message: "must be at most 80 characters" }).nullable(),
          })
          .strict(),
      )
      .min(1, { message: "must name at least one skill" })
      .max(500, { message: "must be at most 500 changes" }),
  })
  .strict();
export const skillPatchSchema = z
  .object({ key: z.string().min(1).max(80), label: label.optional(), description: description.nullable().optional() })
  .strict()
  .refine((b) => b.label !== undefined || b.description !== undefined, { message: "give a label or a description to change" });

export interface SkillModel {
  skills: { key: string; label: string; description: string | null; position: number; mapped: number }[];
  mappings: { skillSet: string; skill: string; label: string; unifiedSkill: string | null; origin: string; scores: number }[];
  recompute: RecomputeStatus;
}

/** The skills, every vendor skill's mapping with how many scores it holds, and the recompute's progress. */
export async function readSkillModel(sql: SqlConnection): Promise<SkillModel> {
  const [skills, mappings, counts, recompute] = await Promise.all([
    sql.all<{ key: string; label: string; description: string | null; position: number }>(`SELECT key, label, description, position FROM skills ORDER BY position, key`),
    sql.all<{ skill_set: string; skill: string; label: string; unified_skill: string | null; origin: string }>(
      `SELECT skill_set, skill, label, unified_skill, origin FROM skill_mappings ORDER BY skill_set, label LIMIT 2000`,
    ),
    // Counted from the weekly rollups: a few rows per rep and week, not every score.
    sql.all<{ skill_set: string; skill: string; n: number }>(
      `SELECT skill_set, skill, SUM(score_count + insufficient_count) AS n FROM rep_skill_rollups WHERE grain = 'week' AND skill_set <> 'unified' GROUP BY skill_set, skill`,
    ),
    readRecompute(sql),
  ]);
  const scores = new Map(counts.map((c) => [`${c.skill_set}:${c.skill}`, Number(c.n)]));
  const mapped = new Map<string, number>();
  for (const m of mappings) if (m.unified_skill) mapped.set(m.unified_skill, (mapped.get(m.unified_skill) ?? 0) + 1);
  return {
    skills: skills.map((s) => ({ key: s.key, label: s.label, description: s.description, position: Number(s.position), mapped: mapped.get(s.key) ?? 0 })),
    mappings: mappings.map((m) => ({ skillSet: m.skill_set, skill: m.skill, label: m.label, unifiedSkill: m.unified_skill, origin: m.origin, scores: scores.get(`${m.skill_set}:${m.skill}`) ?? 0 })),
    recompute,
  };
}

/** Maps vendor skills onto Coachboard skills (or none), and queues the recompute. */
export async function changeMappings(sql: SqlConnection, actorUserId: number | null, input: z.infer<typeof skillMappingChangesSchema>): Promise<{ changed: number }> {
  return sql.transaction(async (tx) => {
    const known = new Set((await tx.all<{ key: string }>(`SELECT key FROM skills`)).map((s) => s.key));
    let changed = 0;
    for (const change of input.changes) {
      if (change.unifiedSkill !== null && !known.has(change.unifiedSkill)) throw new SkillInputError(`"${change.unifiedSkill}" is not one of the skills`);
      const [before] = await tx.all<{ unified_skill: string | null }>(`SELECT unified_skill FROM skill_mappings WHERE skill_set = ? AND skill = ?`, [change.skillSet, change.skill]);
      if (!before) throw new SkillInputError(`${change.skillSet} has no skill "${change.skill}"`);
      if (before.unified_skill === change.unifiedSkill) continue;
      await tx.run(`UPDATE skill_mappings SET unified_skill = ?, origin = 'admin', updated_at = ? WHERE skill_set = ? AND skill = ?`, [change.unifiedSkill, new Date(), change.skillSet, change.skill]);
      await recordAudit(tx, {
        actorUserId,
        action: "skill.map",
        targetKind: "skill",
        targetId: `${change.skillSet}:${change.skill}`,
        details: { before: before.unified_skill, after: change.unifiedSkill },
      });
      changed++;
    }
    if (changed) await queueRecompute(tx);
    return { changed };
  });
}

/** Adds a Coachboard skill at the end; nothing maps to it until an admin says so. */
export async function addSkill(sql: SqlConnection, actorUserId: number | null, input: z.infer<typeof addSkillSchema>): Promise<{ key: string }> {
  const key = skillKey(input.label);
  if (!key) throw new SkillInputError("the label needs a letter or a digit");
  return sql.transaction(async (tx) => {
    const clash = await tx.all(`SELECT key FROM skills WHERE key = ? OR LOWER(label) = ?`, [key, input.label.toLowerCase()]);
    if (clash.length) throw new SkillInputError(`a skill named "${input.label}" exists already`);
    const [{ n, top }] = await tx.all<{ n: number; top: number | null }>(`SELECT COUNT(*) AS n, MAX(position) AS top FROM skills`);
    if (Number(n) >= 30) throw new SkillInputError("at most 30 skills: map vendor skills onto the ones there are");
    await tx.run(`INSERT INTO skills (key, label, description, position, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)`, [
      key,
      input.label,
      input.description || null,
      (top === null ? -1 : Number(top)) + 1,
      new Date(),
      new Date(),
    ]);
    await recordAudit(tx, { actorUserId, action: "skill.add", targetKind: "skill", targetId: key, details: { after: input } });
    return { key };
  });
}

/** Renames a skill or changes its description: labels are read from here, so no recompute. */
export async function updateSkill(sql: SqlConnection, actorUserId: number | null, input: z.infer<typeof skillPatchSchema>): Promise<{ key: string }> {
  return sql.transaction(async (tx) => {
    const [before] = await tx.all<{ label: string; description: string | null }>(`SELECT label, description FROM skills WHERE key = ?`, [input.key]);
    if (!before) throw new SkillInputError(`there is no skill "${input.key}"`);
    if (input.label !== undefined) {
      const clash = await tx.all(`SELECT key FROM skills WHERE key <> ? AND LOWER(label) = ?`, [input.key, input.label.toLowerCase()]);
      if (clash.length) throw new SkillInputError(`a skill named "${input.label}" exists already`);
    }
    const after = { label: input.label ?? before.label, description: input.description === undefined ? before.description : input.description || null };
    await tx.run(`UPDATE skills SET label = ?, description = ?, updated_at = ? WHERE key = ?`, [after.label, after.description, new Date(), input.key]);
    await recordAudit(tx, { actorUserId, action: "skill.update", targetKind: "skill", targetId: input.key, details: { before, after } });
    return { key: input.key };
  });
}

/** Queues the recompute again (after a failure, or to rebuild on request). */
export async function requestRecompute(sql: SqlConnection, actorUserId: number | null): Promise<RecomputeStatus> {
  await sql.transaction(async (tx) => {
    await queueRecompute(tx);
    await recordAudit(tx, { actorUserId, action: "skill.recompute", targetKind: "skill", targetId: "*" });
  });
  return readRecompute(sql);
}
