// The voice-agent calls API: GET /calls/{id}, Bearer auth.
import type { IncomingHttpHeaders } from "node:http";
import { hashString } from "../dataset/prng";
import type { VoiceAgentCall, VoiceAgentEntry } from "../dataset/types";
import { HttpError, bearerToken, clone, ok, type HandlerResult, type VendorRequest } from "../http";
import type { SimStore } from "../store";
import type { SimulatorCredentials } from "../types";

export function authorizeVoiceAgent(headers: IncomingHttpHeaders, credentials: SimulatorCredentials): boolean {
  return bearerToken(headers) === credentials.voiceAgentApiKey;
}

export function handleVoiceAgent(req: VendorRequest, store: SimStore): HandlerResult {
  const m = /^\/calls\/([^/]+)\/?$/.exec(req.path);
  if (!m) throw new HttpError(404, `No route for ${req.path}`);
  if (req.method !== "GET") throw new HttpError(405, `Method ${req.method} not allowed`);
  const id = decodeURIComponent(m[1]);
  const entry = store.voice.get(id);
  if (!entry) throw new HttpError(404, `Call ${id} not found`);
  const view = voiceView(store, entry);
  // Broken where Coachboard dates the call, the one part not read tolerantly.
  if (store.malformed.has(`voice-agent:${id}`)) return ok({ ...view, created_at: "yesterday-ish" });
  return ok(view);
}

/** Recording links carry a token query string, like the vendor's signed storage URLs. */
export function voiceView(store: SimStore, entry: VoiceAgentEntry): VoiceAgentCall {
  const call = clone(entry.call);
  if (entry.recordingFile) call.recording_url = `${store.recordingsBase}/${entry.recordingFile}?token=${hashString(entry.call.id).toString(36)}`;
  return store.variants.on ? variantView(store, call) : call;
}

const SPEAKERS = [["agent", "caller"], ["assistant", "user"], ["AI", "Customer"]] as const;

/** When a call served as in progress turns final: 1 to 3 minutes after the simulator started. */
export function liveUntil(store: SimStore, id: string): number | null {
  if (store.variants.seed === null || !store.variants.chance("voice live", id, 0.15)) return null;
  return store.startMs + 60_000 + (hashString(`${store.variants.seed}|${id}|final`) % 120_000);
}

/**
 * The doc's metadata is free-form (its example holds only customer_id): who the
 * agent spoke with is spelled per record one of these ways.
 */
const PARTY_SPELLINGS = [
  { company: "company", contact: "contact_name" },
  { company: "company_name", contact: "customer_name" },
  { company: "company_name", contact: "name" },
] as const;

function spellParties(metadata: Record<string, unknown>, spelling: (typeof PARTY_SPELLINGS)[number]): Record<string, unknown> {
  const { company, contact_name: contact, ...rest } = metadata;
  return { ...rest, ...(company !== undefined && { [spelling.company]: company }), ...(contact !== undefined && { [spelling.contact]: contact }) };
}

const capitalised = (speaker: string) => speaker[0].toUpperCase() + speaker.slice(1);

/**
 * Variants mode: each record's speakers and its metadata's company and contact
 * spelled one of three ways, statuses
 * the doc does not list (a few calls still in progress for a while), fields
 * null or missing, and an undocumented key on every object.
 */
function variantView(store: SimStore, call: VoiceAgentCall): VoiceAgentCall {
  const v = store.variants;
  const id = call.id;
  const out = call as VoiceAgentCall & Record<string, unknown>;
  const [agent, caller] = v.pickFor("voice speakers", id, SPEAKERS);
  let segments: Record<string, unknown>[] = call.transcript_segments.map((s) => ({ ...s, speaker: s.speaker === "agent" ? agent : caller }));
  const finalAt = call.status === "completed" ? liveUntil(store, id) : null;
  if (finalAt !== null && store.now() < finalAt) {
    segments = segments.slice(0, Math.floor(segments.length / 2));
    Object.assign(out, { status: "in-progress", ended_at: null, duration: null, recording_url: null, call_summary: null, sentiment: null });
  } else if (call.status === "completed" && v.chance("voice new status", id, 0.08)) {
    out.status = "transferred";
  } else if (call.status === "no-answer" && v.chance("voice voicemail", id, 0.5)) {
    out.status = "voicemail";
  }
  out.transcript = segments.map((s) => `${capitalised(s.speaker as string)}: ${s.text as string}`).join("\n\n");
  out.transcript_segments = segments as unknown as VoiceAgentCall["transcript_segments"];
  if (segments.length && v.chance("voice bad segment", id, 0.15)) {
    const bad = segments[hashString(`${id}|bad`) % segments.length];
    delete bad.start_time;
    delete bad.end_time;
  }
  if (v.chance("voice text only", id, 0.1)) delete (out as Partial<VoiceAgentCall>).transcript_segments;
  if (v.chance("voice no metadata", id, 0.1)) (out as { metadata: unknown }).metadata = null;
  else if (out.metadata) out.metadata = spellParties(out.metadata as Record<string, unknown>, v.pickFor("voice metadata", id, PARTY_SPELLINGS));
  return v.evolve(out, id);
}

export function voiceRecords(store: SimStore): VoiceAgentCall[] {
  return [...store.voice.values()].map((e) => voiceView(store, e));
}
