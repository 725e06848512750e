"use client";

import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { SyncStatus, Users } from "@/lib/data/dto";
import { fetchJson } from "./fetch-json";
import { queryKeys } from "./query-keys";

export function useSyncStatusQuery(initialData: SyncStatus) {
  return useQuery({
    queryKey: queryKeys.syncStatus(),
    queryFn: () => fetchJson<SyncStatus>("/api/admin/sync"),
    initialData,
    // While a vendor syncs, follow it.
    refetchInterval: (query) => (query.state.data?.vendors.some((v) => v.running) ? 2_000 : 15_000),
  });
}

export function useSyncNowMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (vendor?: string) => fetchJson<{ started: string[] }>("/api/admin/sync", { method: "POST", body: JSON.stringify(vendor ? { vendor } : {}) }),
    onSuccess: () => setTimeout(() => client.invalidateQueries({ queryKey: queryKeys.syncStatus() }), 300),
  });
}

export function useUsersQuery(initialData: Users) {
  return useQuery({ queryKey: queryKeys.users(), queryFn: () => fetchJson<Users>("/api/admin/users"), initialData });
}

export function useCreateUserMutation() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: { email: string; name: string; role: string; password: string; repId: number | null; teamIds: number[] }) =>
      fetchJson<{ id: number }>("/api/admin/users", { method: "POST", body: JSON.stringify(input) }),
    onSuccess: () => client.invalidateQueries({ queryKey: queryKeys.users() }),
  });
}
