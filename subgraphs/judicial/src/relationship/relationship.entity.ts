import { Entity, Enum, Index, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Relation, RelationshipProof, maskIdNumber } from '@rv/schema';
import { randomUUID } from 'node:crypto';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

registerEnumType(RelationshipProof, { name: 'RelationshipProof', description: '关系证明材料 Proof of relationship (YN-35, SX-6)' });

/**
 * GD-17 / YN-8(1) / SX-3(2): a visitor's relationship to a subject, proven once and registered;
 * later applications need only ID. Kept in judicial (ARCHITECTURE lists registered relatives
 * under the institutions): submission reads it in its own transaction, and in two of the three
 * packs the bureau is the registrar.
 */
@ObjectType({ description: '已登记的亲属关系 Registered relationship' })
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
  registeredAt: Date = new Date();

  @Field({ name: 'visitorIdNumberMasked' })
  get visitorIdNumberMasked(): string {
    return maskIdNumber(this.visitorIdNumber);
  }
}
