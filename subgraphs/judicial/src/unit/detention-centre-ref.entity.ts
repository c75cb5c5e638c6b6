import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Judicial's directory of detention centres (public security's units), from their registration
 * events: a staff account is opened only in an existing, active centre. Kept apart from
 * institution_ref, which routes family bookings (a detention centre takes none).
 */
@Entity({ schema: 'judicial', tableName: 'detention_centre_ref' })
export class DetentionCentreRef {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property()
  name!: string;

  @Property({ default: true })
  active: boolean = true;
}
