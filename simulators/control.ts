// The control object: how tests (and the demo) change what the vendors serve,
// break things on purpose, and watch the traffic.
import type { AnalysisRecord, EvCall, EvCallEntry, EvSpeaker, RevontCall, SfScoredCall, VoiceAgentCall } from "./dataset/types";
import type { FaultInjector } from "./faults";
import { clone } from "./http";
import type { ExecVisionRateLimiter } from "./rate-limit";
import type { SimStore } from "./store";
import type { RequestLogEntry, SimulatorControl, VendorName, WebhookTarget } from "./types";
import { analysesRecords } from "./vendors/analyses";
import { execvisionRecords } from "./vendors/execvision";
import { addStreamRecords } from "./vendors/execvision-streams";
import { revontRecords } from "./vendors/revont";
import { findSalesfinity, salesfinityRecords } from "./vendors/salesfinity";
import { voiceRecords } from "./vendors/voice-agent";
import { deliverWebhooks, startWebhookDelivery } from "./webhooks";

export interface ControlDeps {
  store: SimStore;
  faults: FaultInjector;
  limiter: ExecVisionRateLimiter;
  requests: RequestLogEntry[];
  listeners: Set<(entry: RequestLogEntry) => void>;
  webhookStops: Set<() => void>;
}

const iso = (ms: number) => new Date(ms).toISOString();

function missing(vendor: VendorName, id: string): never {
  throw new Error(`${vendor} has no record ${id}`);
}

function evEntry(store: SimStore, id: string): EvCallEntry {
  const calls = store.arrayCalls();
  return calls.byId(id) ?? missing("execvision", id);
}

/** Speakers for an added call: the caller is the internal voice 0. */
function defaultSpeakers(call: EvCall): EvSpeaker[] {
  return [
    { email: call.callerEmail ?? null, firstName: null, lastName: null, speakerNumber: 0, speakerType: "INTERNAL" },
    { email: null, firstName: null, lastName: null, speakerNumber: 1, speakerType: "UNKNOWN" },
  ];
}

export function createControl(deps: ControlDeps): SimulatorControl {
  const { store, faults, limiter, requests, listeners } = deps;
  const now = () => store.now();

  const assertExists = (vendor: VendorName, id: string) => {
    const exists =
      vendor === "salesfinity" ? store.sf.some((r) => r._id === id)
      : vendor === "execvision" ? store.evCalls.indexOfId(id) >= 0
      : vendor === "analyses" ? store.analyses.has(id)
      : vendor === "voice-agent" ? store.voice.has(id)
      : store.revont.some((c) => c.id === id);
    if (!exists) missing(vendor, id);
  };

  return {
    setFaults: (config) => faults.set(config),

    malform(vendor, id) {
      assertExists(vendor, id);
      store.malformed.add(`${vendor}:${id}`);
    },

    updateRecord(vendor, id, patch) {
      switch (vendor) {
        case "salesfinity": {
          const record = findSalesfinity(store, id);
          patch(record);
          record.updatedAt = iso(now());
          return;
        }
        case "execvision": {
          // A state change: the call moves to the end of the calls stream.
          const entry = evEntry(store, id);
          patch(entry.call);
          entry.modified = iso(now());
          store.arrayCalls().changed();
          store.evVersion++;
          return;
        }
        case "analyses": {
          const state = store.analyses.get(id) ?? missing(vendor, id);
          patch(state.entry.record);
          store.addAnalysis(state.entry);
          return;
        }
        case "voice-agent":
          patch((store.voice.get(id) ?? missing(vendor, id)).call);
          return;
        case "revont":
          patch(store.revont.find((c) => c.id === id) ?? missing(vendor, id));
          return;
      }
    },

    deleteRecord(vendor, id) {
      assertExists(vendor, id);
      store.malformed.delete(`${vendor}:${id}`);
      switch (vendor) {
        case "salesfinity":
          store.sf.splice(store.sf.findIndex((r) => r._id === id), 1);
          return;
        case "execvision": {
          const removed = store.arrayCalls().remove(id) as EvCallEntry;
          store.ev.deletedCalls.push({ id, deletedAt: iso(now()), callerId: removed.call.callerId, callTime: removed.call.callTime });
          store.evVersion++;
          return;
        }
        case "analyses":
          store.analyses.delete(id);
          return;
        case "voice-agent":
          store.voice.delete(id);
          return;
        case "revont":
          store.revont.splice(store.revont.findIndex((c) => c.id === id), 1);
          return;
      }
    },

    addRecords(vendor, records) {
      for (const raw of records.map(clone)) {
        switch (vendor) {
          case "salesfinity":
            store.sf.push(raw as SfScoredCall);
            break;
          case "execvision": {
            const call = raw as EvCall;
            call.transcript ??= null;
            call.crmMatches ??= [];
            store.arrayCalls().add({ modified: iso(now()), call, speakers: defaultSpeakers(call), templates: {} });
            store.evVersion++;
            break;
          }
          case "analyses":
            store.addAnalysis({ record: raw as AnalysisRecord, recordingFile: null, live: null });
            break;
          case "voice-agent":
            store.voice.set((raw as VoiceAgentCall).id, { call: raw as VoiceAgentCall, recordingFile: null });
            break;
          case "revont":
            store.revont.push(raw as RevontCall);
            break;
        }
      }
    },

    addExecvisionStreamRecords(stream, records) {
      addStreamRecords(store, stream, records.map(clone));
    },

    onRequest(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },

    get requests() {
      return requests;
    },

    clearRequests() {
      requests.length = 0;
      limiter.clearArrivals();
    },

    execvisionOverLimit: () => limiter.overLimit(),

    records(vendor) {
      switch (vendor) {
        case "salesfinity": return salesfinityRecords(store);
        case "execvision": return execvisionRecords(store);
        case "analyses": return analysesRecords(store);
        case "voice-agent": return voiceRecords(store);
        case "revont": return revontRecords(store);
      }
    },

    deliverWebhooks: (target: WebhookTarget) => deliverWebhooks(store, target),

    startWebhookDelivery(target, intervalMs) {
      const stop = startWebhookDelivery(store, target, intervalMs);
      const tracked = () => {
        deps.webhookStops.delete(tracked);
        stop();
      };
      deps.webhookStops.add(tracked);
      return tracked;
    },
  };
}
