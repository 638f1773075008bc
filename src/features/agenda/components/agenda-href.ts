/** Address of an agenda page, keeping the agent looked at. */
export function agendaHref(semaine: string, agentId: number | null): string {
  const params = new URLSearchParams({ semaine });
  if (agentId !== null) params.set('agent', String(agentId));
  return `/agenda?${params.toString()}`;
}
