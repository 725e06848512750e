"use client";

import { useMutation } from "@tanstack/react-query";
import type { UserSettings, UserSettingsPatch } from "@/lib/settings";
import { fetchJson } from "./fetch-json";

export function useUpdateSettingsMutation() {
  return useMutation({
    mutationFn: (patch: UserSettingsPatch) => fetchJson<UserSettings>("/api/me/settings", { method: "PATCH", body: JSON.stringify(patch) }),
  });
}
