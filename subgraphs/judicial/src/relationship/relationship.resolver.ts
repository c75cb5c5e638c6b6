import { requireStaff, type SubgraphContext } from '@rv/kit';
import { INSTITUTION_KINDS, Relation, RelationshipProof, StaffRole, VENUE_KINDS, isUuid, notFound } from '@rv/schema';
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { SubjectRef } from '../subject/subject-ref.entity.js';
import { Relationship } from './relationship.entity.js';
import { registerRelationship, relationshipSide } from './relationship.service.js';

const REGISTRARS = [StaffRole.INTAKE_CLERK, StaffRole.REVIEWER, StaffRole.SUPERVISOR, StaffRole.ADMIN];

@InputType()
class RelativeInput {
  @Field()
  name!: string;

  @Field({ description: '18-digit resident ID number' })
  idNumber!: string;

  @Field(() => Relation)
  relation!: Relation;
}

@InputType()
class RegisterRelationshipInput {
  @Field(() => ID)
  subjectId!: string;

  @Field(() => RelativeInput)
  visitor!: RelativeInput;

  @Field(() => RelationshipProof)
  proofKind!: RelationshipProof;

  @Field({ description: 'Number or description of the document seen' })
  proofReference!: string;

  @Field({ defaultValue: false, description: 'YN-8(1): real-person authentication done at the counter' })
  realPersonChecked!: boolean;

  @Field(() => String, { nullable: true, description: 'SX-3(2): a recent photo, base64 JPEG or PNG (≤512 kB)' })
  photo?: string | null;

  @Field({ description: 'GD-17: the applicant vouches that the documents are true' })
  applicantVouches!: boolean;
}

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Mutation(() => Relationship, { description: 'GD-17 / YN-8(1) / SX-3(2): register a proven relationship before the first application' })
  registerRelationship(@Ctx() ctx: SubgraphContext, @Arg('input') input: RegisterRelationshipInput): Promise<Relationship> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], REGISTRARS);
    return registerRelationship(ctx.em, ctx.identity as typeof ctx.identity & { accountId: string }, input);
  }

  @Query(() => [Relationship], { description: 'Registered relationships of a subject (its institution, or a bureau serving its pack)' })
  async relationships(@Ctx() ctx: SubgraphContext, @Arg('subjectId', () => ID) subjectId: string): Promise<Relationship[]> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], REGISTRARS);
    const subject = isUuid(subjectId) ? await ctx.em.findOne(SubjectRef, { id: subjectId }) : null;
    if (!subject) throw notFound('会见对象 Subject');
    if (!(await relationshipSide(ctx.em, ctx.identity, subject))) return [];
    return ctx.em.find(Relationship, { subjectId }, { orderBy: { registeredAt: 'asc' } });
  }
}
