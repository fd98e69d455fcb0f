/**
 * The gateway's memory of writes (issue 12, item 6): for each workspace, the furthest position of the log that a
 * mutation through this gateway answered (X-Write-Position). Every later request of that workspace carries it to
 * the subgraphs as X-Read-After, so a partenaire created through territoire-service is known to
 * programmation-service's next decision, whoever of the workspace sends it. Positions only grow; the map holds
 * the most recently written workspaces, at most `capacity`.
 */
export class WritePositions {
  private readonly positions = new Map<string, number>();

  constructor(private readonly capacity = 10_000) {}

  get(tenant: string): number {
    return this.positions.get(tenant) ?? 0;
  }

  record(tenant: string, position: number): void {
    const furthest = Math.max(position, this.get(tenant));
    this.positions.delete(tenant);
    this.positions.set(tenant, furthest);
    if (this.positions.size > this.capacity) this.positions.delete(this.positions.keys().next().value as string);
  }
}
