import { batchLoader, requireAccount, requireStaff, type SubgraphContext } from '@rv/kit';
import {
  HouseholdProof,
  INSTITUTION_KINDS,
  PublicRole,
  Relation,
  RelationshipProof,
  StaffRole,
  VENUE_KINDS,
  forbidden,
  invalid,
  hasRole,
  isUuid,
  isValidResidentId,
  notFound,
} from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity.js';
import { SubjectRef } from '../subject/subject-ref.entity.js';
import { Subject, subjectStub } from '../subject/subject.types.js';
import { Relationship } from './relationship.entity.js';
import { recordHousehold, registerRelationship, relationshipsOf } from './relationship.service.js';

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

@InputType({ description: '户籍 (SX-1, YN-6): the household as staff saw it proven' })
class HouseholdInput {
  @Field({ description: '6-digit administrative division code of the place of registration (or of residence, with a residence permit)' })
  region!: string;

  @Field(() => HouseholdProof)
  proof!: HouseholdProof;
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

  @Field(() => HouseholdInput, {
    nullable: true,
    description: '户籍 (SX-1, YN-6): the household proven by the household register or a residence permit; never read from the ID number',
  })
  household?: HouseholdInput | null;
}

/** The relationships registered for one person's ID number (GD-17), oldest first. */
function relativesOf(ctx: SubgraphContext, idNumber: string): Promise<Relationship[]> {
  return ctx.em.find(Relationship, { visitorIdNumber: idNumber }, { orderBy: { registeredAt: 'asc' }, limit: 50 });
}

@Resolver(() => Relationship)
export class RelationshipResolver {
  @Mutation(() => Relationship, { description: 'GD-17 / YN-8(1) / SX-3(2): register a proven relationship before the first application' })
  registerRelationship(@Ctx() ctx: SubgraphContext, @Arg('input') input: RegisterRelationshipInput): Promise<Relationship> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], REGISTRARS);
    return registerRelationship(ctx.em, ctx.identity as typeof ctx.identity & { accountId: string }, input);
  }

  @Mutation(() => Relationship, {
    description: '户籍 (SX-1, YN-6): record a registered visitor’s household as proven now (household register or residence permit)',
  })
  recordHousehold(
    @Ctx() ctx: SubgraphContext,
    @Arg('relationshipId', () => ID) relationshipId: string,
    @Arg('household') household: HouseholdInput,
  ): Promise<Relationship> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], REGISTRARS);
    return recordHousehold(ctx.em, ctx.identity as typeof ctx.identity & { accountId: string }, relationshipId, household);
  }

  @Query(() => [Relationship], {
    description: 'Registered relationships of a subject: all, to its institution; to a bureau, those it recorded or whose visitor applied at it',
  })
  async relationships(@Ctx() ctx: SubgraphContext, @Arg('subjectId', () => ID) subjectId: string): Promise<Relationship[]> {
    requireStaff(ctx.identity, [...INSTITUTION_KINDS, ...VENUE_KINDS], REGISTRARS);
    const subject = isUuid(subjectId) ? await ctx.em.findOne(SubjectRef, { id: subjectId }) : null;
    if (!subject) throw notFound('subject');
    return relationshipsOf(ctx.em, ctx.identity, subject);
  }

  @Query(() => [Relationship], {
    description: "GD-17 / GD-19: the signed-in family's relatives in custody: relationships registered for the applicant's own ID number",
  })
  async myRelatives(@Ctx() ctx: SubgraphContext): Promise<Relationship[]> {
    requireAccount(ctx.identity);
    if (!hasRole(ctx.identity, PublicRole.PROXY)) throw forbidden('forbidden.proxyRelativesOnly');
    const account = await ctx.em.findOneOrFail(Account, { id: ctx.identity.accountId });
    return account.idNumber ? relativesOf(ctx, account.idNumber) : [];
  }

  @Query(() => [Relationship], {
    description: "GD-20: at the counter, the relatives in custody registered for the ID number of the applicant standing there (the card in the clerk's hand)",
  })
  relativesAtCounter(@Ctx() ctx: SubgraphContext, @Arg('idNumber') idNumber: string): Promise<Relationship[]> {
    requireStaff(ctx.identity, VENUE_KINDS, [StaffRole.INTAKE_CLERK, StaffRole.SUPERVISOR]);
    if (!isValidResidentId(idNumber.trim().toUpperCase())) throw invalid('booking.custody.idNumber', {}, 'idNumber');
    return relativesOf(ctx, idNumber.trim().toUpperCase());
  }

  @FieldResolver(() => Subject, { description: 'The person in custody (name and institution from their own subgraph)' })
  async subject(@Root() relationship: Relationship, @Ctx() ctx: SubgraphContext) {
    const subject = await batchLoader(
      ctx,
      'subjectRef',
      (ids) => ctx.em.find(SubjectRef, { id: { $in: [...ids] } }),
      (ref) => ref.id,
    ).load(relationship.subjectId);
    return subjectStub(subject?.kind ?? 'INMATE', relationship.subjectId);
  }
}
