import { Field, ID, ObjectType } from 'type-graphql';
import { DetoxCentre } from '../centre/detox-centre.entity.js';
import type { Detainee } from './detainee.entity.js';

/** GD-5 / YN-7: what another institution's filer learns of a relative held here; nothing of the custody record. */
@ObjectType({ description: 'GD-5 / YN-7: a relative held in a detox centre, as a filer elsewhere sees them' })
export class HeldDetainee {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Resident ID number, masked' })
  idNumberMasked!: string;

  @Field(() => DetoxCentre, { description: 'Where the relative is held' })
  institution!: DetoxCentre;

  static of(detainee: Detainee): HeldDetainee {
    return Object.assign(new HeldDetainee(), { id: detainee.id, name: detainee.name, idNumberMasked: detainee.idNumberMasked, institution: detainee.centre });
  }
}
