import { Entity, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CustodyRecord } from '@rv/kit';
import { SUPERVISORS, maskIdNumber } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DetoxCentre } from '../centre/detox-centre.entity.js';

/**
 * The custody record (in custody, detox treatment, restraint) is the centre's and its supervisors'
 * only, however the detainee is reached; id, name, number, masked ID number, centre and brigade are the public part.
 */
const Custody = CustodyRecord<Detainee>((detainee) => detainee.centre.id, SUPERVISORS.DETOX_CENTRE);

@Directive('@key(fields: "id")')
@ObjectType({ description: '戒毒人员 Detainee' })
@Entity({ schema: 'detox', tableName: 'detainee' })
export class Detainee {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DetoxCentre)
  @ManyToOne(() => DetoxCentre)
  centre!: DetoxCentre;

  @Field(() => Int, { description: '大队 Brigade number' })
  @Property()
  brigade!: number;

  @Field()
  @Property()
  name!: string;

  @Field()
  @Property({ unique: true })
  detaineeNumber!: string;

  @Property()
  idNumber!: string;

  @Custody
  @Field({ description: 'In custody (not yet released)' })
  @Property()
  inCustody: boolean = true;

  @Custody
  @Field({ description: '生理脱毒期 In physiological detox treatment (GD-25)' })
  @Property()
  inPhysiologicalDetox: boolean = false;

  @Custody
  @Field({ description: '保护性约束或单独管理 Under protective restraint or separate management (GD-25)' })
  @Property()
  underRestraint: boolean = false;

  @Field({ name: 'idNumberMasked' })
  get idNumberMasked(): string {
    return maskIdNumber(this.idNumber);
  }
}
