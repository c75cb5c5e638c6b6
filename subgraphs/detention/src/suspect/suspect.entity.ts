import { Entity, Enum, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { CaseCategory, CaseStage, maskIdNumber } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { DetentionCentre } from '../centre/detention-centre.entity.js';

registerEnumType(CaseStage, { name: 'CaseStage', description: '案件阶段 investigation, prosecution, trial' });
registerEnumType(CaseCategory, { name: 'CaseCategory', description: 'CQ-2 / CQ-3: ordinary, state security, terrorism, or unclear (temporary holding)' });

/**
 * 在押人员 A suspect held at a detention centre. Only its own centre's staff and lawyers holding a
 * mandate read it (the resolvers scope every query); nothing reaches the family side.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: '在押人员 Suspect held at a detention centre' })
@Entity({ schema: 'detention', tableName: 'suspect' })
export class Suspect {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => DetentionCentre)
  @ManyToOne(() => DetentionCentre)
  centre!: DetentionCentre;

  @Field()
  @Property()
  name!: string;

  @Field({ description: '在押人员编号' })
  @Property({ unique: true })
  suspectNumber!: string;

  @Property({ hidden: true })
  idNumber!: string;

  @Field(() => CaseStage)
  @Enum(() => CaseStage)
  caseStage: CaseStage = CaseStage.INVESTIGATION;

  @Field(() => CaseCategory)
  @Enum(() => CaseCategory)
  caseCategory: CaseCategory = CaseCategory.ORDINARY;

  @Field({ description: '临时寄押 CQ-3: temporarily held here for another authority' })
  @Property()
  temporaryHolding: boolean = false;

  @Field({ description: '办案单位 The case-handling unit' })
  @Property()
  caseUnit!: string;

  @Field()
  @Property()
  inCustody: boolean = true;

  @Field({ name: 'idNumberMasked' })
  get idNumberMasked(): string {
    return maskIdNumber(this.idNumber);
  }
}
