/** The relations a registrar may record (the server's Relation enum; words under `relations.*`). */
export const RELATIONS = ['SPOUSE', 'PARENT', 'CHILD', 'SIBLING', 'GRANDPARENT', 'GRANDCHILD', 'IN_LAW', 'OTHER_RELATIVE', 'GUARDIAN'] as const;

/** Near relatives: whom an inmate names on Form 1 (YN-9) or meets while both are in custody (GD-5 / YN-7). */
export const NEAR_RELATIONS = RELATIONS.slice(0, 6);
