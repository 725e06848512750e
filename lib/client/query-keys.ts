// Every react-query key comes from here, so invalidation stays exact.
export const queryKeys = {
  leaderboard: (params: Record<string, unknown>) => ["leaderboard", params] as const,
  rep: (repId: number, params: Record<string, unknown>) => ["rep", repId, params] as const,
  calls: (params: Record<string, unknown>) => ["calls", params] as const,
  call: (callId: number) => ["call", callId] as const,
  transcript: (callId: number) => ["call", callId, "transcript"] as const,
  coaching: (params: Record<string, unknown>) => ["coaching", params] as const,
  syncStatus: () => ["admin", "sync"] as const,
  users: () => ["admin", "users"] as const,
  people: (params: Record<string, unknown>) => ["admin", "people", params] as const,
  skills: () => ["admin", "skills"] as const,
  comments: (callId: number) => ["comments", callId] as const,
  inbox: () => ["inbox"] as const,
  callReviews: (callId: number) => ["reviews", "call", callId] as const,
  calibration: (days: number) => ["calibration", { days }] as const,
  // The review queue's, under "reviews" beside a call's reviews.
  reviewQueue: (filter: string) => ["reviews", "queue", filter] as const,
  reviewQueues: () => ["reviews", "queue"] as const,
  reviewCounts: () => ["reviews", "counts"] as const,
  callFeedback: (callId: number) => ["reviews", "feedback", callId] as const,
  callReviewState: (callId: number) => ["reviews", "reviewed", callId] as const,
};
