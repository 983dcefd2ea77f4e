// The typed query API over a graph: load it, then ask without SPARQL.
export type { Evidence, GraphData, GraphDocument, GraphEntity, GraphRelation } from './types.ts';
export { ActorGraph, normalizeName } from './graph.ts';
export { graphFromQuads, graphFromRdf, graphFromText, loadGraph } from './load.ts';
export { findEntities, findEntity, resolve, type EntityRef, type FindOptions } from './find.ts';
export { rolesOf, holdersOf, roleNames, normalizeRole, type RoleAnswer, type StatusFilter } from './roles.ts';
export { roleTimeline, type TimelineEntry, type TimelinePoint } from './timeline.ts';
export type { RoleStatus, Sighting, Tenure } from './tenure.ts';
export { membersOf, groupingsOf, type MembershipAnswer, type MembershipFilter } from './membership.ts';
export { meetings, visits, type MeetingAnswer, type PlannedOption, type VisitAnswer } from './encounters.ts';
export { neighbourhood, shortestPath, type Subgraph, type ExploreOptions } from './explore.ts';
export { evidenceFor, relationsBetween } from './evidence.ts';
