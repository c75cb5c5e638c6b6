import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CustodyRecord } from '@rv/kit';
import { SUPERVISORS, maskIdNumber } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Prison, Ward } from '../prison/prison.entity.js';

export enum CustodyStatus {
  IN_CUSTODY = 'IN_CUSTODY',
  RELEASED = 'RELEASED',
  TRANSFERRED = 'TRANSFERRED',
}
registerEnumType(CustodyStatus, { name: 'CustodyStatus' });

/** SX-9 levels; the strict level (严管级) bars meetings, the lenient one (宽管级) allows two. */
export enum TreatmentLevel {
  STRICT = 'STRICT',
  ORDINARY = 'ORDINARY',
  LENIENT = 'LENIENT',
}
registerEnumType(TreatmentLevel, { name: 'TreatmentLevel' });

/**
 * The custody record (every field but id, name, number, masked ID number, prison and ward) is the
 * prison's and its supervisors' only, however the inmate is reached; the rest is the public part.
 */
const Custody = CustodyRecord<Inmate>((inmate) => inmate.prison.id, SUPERVISORS.PRISON);

@Directive('@key(fields: "id")')
@ObjectType({ description: '罪犯 Inmate' })
@Entity({ schema: 'prison', tableName: 'inmate' })
export class Inmate {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne(() => Prison)
  prison!: Prison;

  @ManyToOne(() => Ward)
  ward!: Ward;

  @Field()
  @Property()
  name!: string;

  @Field({ description: '罪犯编号 Inmate number' })
  @Property({ unique: true })
  inmateNumber!: string;

  /** Never exposed unmasked. */
  @Property()
  idNumber!: string;

  @Custody
  @Field(() => CustodyStatus)
  @Enum(() => CustodyStatus)
  custodyStatus: CustodyStatus = CustodyStatus.IN_CUSTODY;

  @Custody
  @Field(() => TreatmentLevel)
  @Enum(() => TreatmentLevel)
  treatmentLevel: TreatmentLevel = TreatmentLevel.ORDINARY;

  @Custody
  @Field({ description: '禁闭 In confinement (GD-24)' })
  @Property()
  inConfinement: boolean = false;

  @Custody
  @Field({ description: '正在被侦查、起诉或审判 Under investigation (GD-24)' })
  @Property()
  underInvestigation: boolean = false;

  @Custody
  @Field({ description: 'Crime category, for the relative scope (SX-5)' })
  @Property()
  crimeCategory: string = 'ORDINARY';

  @Custody
  @Field({ description: '外籍或无国籍 Foreign or stateless (YN-3)' })
  @Property()
  foreign: boolean = false;

  @Custody
  @Field({ description: '隔离审查 Isolation review (GD-24)' })
  @Property()
  isolationReview: boolean = false;

  @Custody
  @Field({ description: '入监或集中训练 Admission or intensive training (GD-24)' })
  @Property()
  inTraining: boolean = false;

  @Custody
  @Field({ description: '单独关押 Separate custody (SX-9)' })
  @Property()
  separateCustody: boolean = false;

  @Custody
  @Field({ description: '训诫 Admonished (SX-9)' })
  @Property()
  admonished: boolean = false;

  @Custody
  @Field(() => String, { nullable: true, description: 'Last warning or demerit, YYYY-MM-DD (YN-15)' })
  @Property({ type: 'date', nullable: true })
  lastWarningOrDemerit: string | null = null;

  @Custody
  @Field(() => String, { nullable: true, description: 'Last confinement punishment, YYYY-MM-DD (YN-15)' })
  @Property({ type: 'date', nullable: true })
  lastConfinementPunishment: string | null = null;

  @Custody
  @Field(() => String, { nullable: true, description: 'Day under investigation for a serious violation (YN-15)' })
  @Property({ type: 'date', nullable: true })
  seriousViolationInvestigationOn: string | null = null;

  @Field({ name: 'idNumberMasked', description: 'Resident ID number, masked' })
  get idNumberMasked(): string {
    return maskIdNumber(this.idNumber);
  }
}
