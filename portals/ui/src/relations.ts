import { NEAR_RELATIONS, Relation } from '@rv/schema/contract';

/** The relations a registrar may record: the server's own list (words under `relations.*`, from the shared catalogue). */
export const RELATIONS = Object.values(Relation);

export { NEAR_RELATIONS };
