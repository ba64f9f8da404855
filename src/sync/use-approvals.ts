// A record's approvals (key ['approvals', recordKey]) and an admin's verdict on the draft as it
// is now: its version and documentHash (core) go with the verdict, so the review can say whether
// the draft changed since.
import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import {
  commentKeys,
  fetchApprovals,
  postApproval,
  type Approval,
  type Verdict,
} from './comments-api'

export function approvalsQuery(recordKey: string) {
  return queryOptions({
    queryKey: commentKeys.approvals(recordKey),
    queryFn: ({ signal }) => fetchApprovals(recordKey, signal),
    refetchOnWindowFocus: true,
  })
}

export function useApprovals(recordKey: string) {
  return useQuery(approvalsQuery(recordKey))
}

export interface VerdictInput {
  verdict: Verdict
  version: string | null
  documentHash: string
  note: string | null
}

export function useGiveVerdict(recordKey: string, headers: Record<string, string>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (input: VerdictInput) => postApproval({ record: recordKey, ...input }, headers),
    onSuccess: (approval) => {
      client.setQueryData<Approval[]>(commentKeys.approvals(recordKey), (list = []) => [
        ...list.filter((a) => a.id !== approval.id),
        approval,
      ])
      void client.invalidateQueries({ queryKey: commentKeys.approvals(recordKey) })
    },
  })
}
