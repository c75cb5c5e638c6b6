import { Field, ID, ObjectType } from 'type-graphql';
import { Prison } from '../prison/prison.entity.js';
import type { Inmate } from './inmate.entity.js';

/** GD-5 / YN-7: what another institution's filer learns of a relative held here; nothing of the custody record. */
@ObjectType({ description: 'GD-5 / YN-7: a relative held in a prison, as a filer elsewhere sees them' })
export class HeldInmate {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Resident ID number, masked' })
  idNumberMasked!: string;

  @Field(() => Prison, { description: 'Where the relative is held' })
  institution!: Prison;

  static of(inmate: Inmate): HeldInmate {
    return Object.assign(new HeldInmate(), { id: inmate.id, name: inmate.name, idNumberMasked: inmate.idNumberMasked, institution: inmate.prison });
  }
}
