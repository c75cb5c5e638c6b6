import type { FilterQuery } from '@mikro-orm/core';
import { caseFilter, caseScope, type Identity } from '@rv/schema';
import type { Application } from './application.entity.js';

/** The applications a caller may see (rule in @rv/schema caseScope); the venue is a relation here. */
export function applicationScope(identity: Identity): FilterQuery<Application> {
  const scope = caseScope(identity);
  // GD-5 / YN-7: an institution also sees the meetings its own subject joins as the visitor.
  if (scope.field === 'institutionId') return { $or: [{ institutionId: scope.value }, { visitorInstitutionId: scope.value }] };
  // YN-8: a county bureau reviews what its judicial offices took in, so it sees those too.
  if (scope.field === 'venueId') return { $or: [{ venue: scope.value }, { venue: { parentBureauId: scope.value } }] };
  return caseFilter(scope, { venueId: 'venue' }) as FilterQuery<Application>;
}
