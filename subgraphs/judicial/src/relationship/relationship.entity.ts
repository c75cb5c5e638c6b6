import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { HouseholdProof, Relation, RelationshipProof, maskIdNumber, clock } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(RelationshipProof, {
  name: 'RelationshipProof',
  description: 'Proof of relationship (YN-35, SX-6; YN-35 ¶2 the admission register, checked by the institution)',
});
registerEnumType(HouseholdProof, {
  name: 'HouseholdProof',
  description: '户籍 (SX-1, YN-6): the document that proved the household: household register or residence permit',
});

/**
 * GD-17 / YN-8(1) / SX-3(2): a visitor's relationship to a subject, proven once and registered;
 * later applications need only ID. Kept in judicial (ARCHITECTURE lists registered relatives
 * under the institutions): submission reads it in its own transaction, and in two of the three
 * packs the bureau is the registrar.
 */
@ObjectType({ description: 'A registered relationship (GD-17, YN-8(1), SX-3(2))' })
@Entity({ schema: 'judicial', tableName: 'relationship' })
@Unique({ properties: ['subjectId', 'visitorIdNumber'] })
@Index({ properties: ['visitorIdNumber'] })
export class Relationship {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => ID)
  @Property({ type: 'uuid' })
  subjectId!: string;

  @Field()
  @Property({ length: 30 })
  visitorName!: string;

  /** Personal data: shown masked only. */
  @Property({ length: 18 })
  visitorIdNumber!: string;

  @Field(() => Relation)
  @Enum(() => Relation)
  relation!: Relation;

  @Field(() => RelationshipProof)
  @Enum(() => RelationshipProof)
  proofKind!: RelationshipProof;

  @Field({ description: 'Number or description of the document seen' })
  @Property({ length: 100 })
  proofReference!: string;

  @Field({ description: 'YN-8(1): real-person authentication done' })
  @Property()
  realPersonChecked: boolean = false;

  /**
   * 户籍 (SX-1, YN-6): the visitor's household now, as a 6-digit administrative division code, as
   * staff saw it proven; null when none was proven. Never derived from the ID number.
   */
  @Field(() => String, { nullable: true, description: '户籍 (SX-1, YN-6): household region code (6 digits) as proven to staff; null when not proven' })
  @Property({ type: 'varchar(6)', nullable: true })
  householdRegion: string | null = null;

  @Field(() => HouseholdProof, { nullable: true, description: 'The document staff saw for the household' })
  @Enum({ items: () => HouseholdProof, nullable: true })
  householdProof: HouseholdProof | null = null;

  /** SX-3(2): the visitor's recent photo (JPEG or PNG). */
  @Property({ type: 'blob', nullable: true, lazy: true })
  photo: Buffer | null = null;

  @Field(() => String, { nullable: true, description: 'sha256 of the stored photo (SX-3(2))' })
  @Property({ type: 'varchar(64)', nullable: true })
  photoSha256: string | null = null;

  @Field(() => ID, { description: 'The institution or bureau that registered it' })
  @Property({ type: 'uuid' })
  registeredByTenantId!: string;

  @Field(() => ID)
  @Property({ type: 'uuid' })
  registeredBy!: string;

  @Field()
  @Property()
  registeredAt: Date = clock.now();

  @Field({ name: 'visitorIdNumberMasked' })
  get visitorIdNumberMasked(): string {
    return maskIdNumber(this.visitorIdNumber);
  }
}
