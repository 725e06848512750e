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
  if (store.malformed.has(`voice-agent:${id}`)) return ok({ ...view, transcript_segments: "n/a" });
  return ok(view);
}

/** Recording links carry a token query string, like the vendor's signed storage URLs. */
export function voiceView(store: SimStore, entry: VoiceAgentEntry): VoiceAgentCall {
  const call = clone(entry.call);
  if (entry.recordingFile) call.recording_url = `${store.recordingsBase}/${entry.recordingFile}?token=${hashString(entry.call.id).toString(36)}`;
  return call;
}

export function voiceRecords(store: SimStore): VoiceAgentCall[] {
  return [...store.voice.values()].map((e) => voiceView(store, e));
}
