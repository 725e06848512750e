// The configuration that points Coachboard at the vendor simulators: the
// demo's, and the browser tests' own npm run sync. Nothing here reaches a
// database, so a test runner may import it as it is.
import type { RunningSimulators } from "../../simulators/types";

export const DEMO_WEBHOOK_SECRETS = { analyses: "demo-analyses-webhook-secret", voiceAgent: "demo-voice-agent-webhook-secret" };

/** The configuration that points Coachboard at the simulators. */
export function simulatorEnv(sims: Pick<RunningSimulators, "credentials" | "baseUrls">): Record<string, string> {
  return {
    SALESFINITY_API_KEY: sims.credentials.salesfinityApiKey,
    SALESFINITY_BASE_URL: sims.baseUrls.salesfinity,
    EXECVISION_USER_ID: sims.credentials.execvisionUserId,
    EXECVISION_PASSWORD: sims.credentials.execvisionPassword,
    EXECVISION_BASE_URL: sims.baseUrls.execvision,
    ANALYSES_TOKEN: sims.credentials.analysesToken,
    ANALYSES_BASE_URL: sims.baseUrls.analyses,
    ANALYSES_WEBHOOK_SECRET: DEMO_WEBHOOK_SECRETS.analyses,
    VOICE_AGENT_API_KEY: sims.credentials.voiceAgentApiKey,
    VOICE_AGENT_BASE_URL: sims.baseUrls.voiceAgent,
    VOICE_AGENT_WEBHOOK_SECRET: DEMO_WEBHOOK_SECRETS.voiceAgent,
    REVONT_API_KEY: sims.credentials.revontApiKey,
    REVONT_BASE_URL: sims.baseUrls.revont,
    // The simulator serves every vendor's recordings from its own 127.0.0.1 address, which the
    // recording proxy refuses unless the IP and port are written into the allowlist.
    SALESFINITY_RECORDING_HOSTS: new URL(sims.baseUrls.salesfinity).host,
    ANALYSES_RECORDING_HOSTS: new URL(sims.baseUrls.analyses).host,
    VOICE_AGENT_RECORDING_HOSTS: new URL(sims.baseUrls.voiceAgent).host,
  };
}
