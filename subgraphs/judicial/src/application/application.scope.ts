import type { FilterQuery } from '@mikro-orm/core';
import { caseFilter, caseScope, type Identity } from '@rv/schema';
import type { Application } from './application.entity.js';

/** The applications a caller may see (rule in @rv/schema caseScope); the venue is a relation here. */
export function applicationScope(identity: Identity): FilterQuery<Application> {
  return caseFilter(caseScope(identity), { venueId: 'venue' }) as FilterQuery<Application>;
}
