import { requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, INSTITUTION_KINDS, PriorityCategory, StaffRole, TenantKind, VENUE_KINDS } from '@rv/schema';
import { Arg, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver, registerEnumType } from 'type-graphql';
import { Application } from '../application/application.entity.js';
import { PriorityPolicy } from './priority-policy.entity.js';
import { prioritizeApplication, priorityPolicies, setPriorityPolicy } from './priority.service.js';

registerEnumType(PriorityCategory, { name: 'PriorityCategory', description: 'GD-4 优先类别 Why an application goes first' });

@InputType({ description: 'GD-4: one category of a bureau’s priority policy' })
class PriorityPolicyInput {
  @Field({ description: 'INMATE (the prison bureau’s) or DETAINEE (the detox bureau’s)' })
  subjectKind!: string;

  @Field(() => PriorityCategory)
  category!: PriorityCategory;

  @Field(() => Int, { description: 'Times per period a subject may go first; 0 closes the category' })
  maxTimes!: number;

  @Field({ description: 'MONTH or YEAR' })
  period!: string;

  @Field({ description: 'Which subjects, conditions and scope' })
  conditions!: string;
}

const BUREAUS = [TenantKind.PRISON_BUREAU, TenantKind.DETOX_BUREAU];

@Resolver(() => Application)
export class PriorityResolver {
  @Mutation(() => Application, {
    description:
      'GD-4: put a pending application first under the bureau’s policy: the institution for a reward or special measure, the family’s bureau for a vulnerable or distant family',
  })
  prioritizeApplication(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('category', () => PriorityCategory) category: PriorityCategory,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<Application> {
    requireStaff(ctx.identity, [...VENUE_KINDS, ...INSTITUTION_KINDS], [StaffRole.SUPERVISOR, StaffRole.REVIEWER, StaffRole.INTAKE_CLERK]);
    return prioritizeApplication(ctx.em, { ...ctx.identity, tenantId: ctx.identity.tenantId!, accountId: ctx.identity.accountId! }, id, category, note);
  }

  @Mutation(() => PriorityPolicy, { description: 'GD-4: the provincial prison (or detox) bureau sets its priority policy for one category' })
  setPriorityPolicy(@Ctx() ctx: SubgraphContext, @Arg('input') input: PriorityPolicyInput): Promise<PriorityPolicy> {
    requireStaff(ctx.identity, BUREAUS, [StaffRole.SUPERVISOR, StaffRole.ADMIN]);
    return setPriorityPolicy(ctx.em, { ...ctx.identity, tenantId: ctx.identity.tenantId!, accountId: ctx.identity.accountId! }, input);
  }

  @Query(() => [PriorityPolicy], { description: 'GD-4: the priority policies the caller works under' })
  priorityPolicies(@Ctx() ctx: SubgraphContext): Promise<PriorityPolicy[]> {
    requireStaff(ctx.identity, [...BUREAUS, ...INSTITUTION_KINDS, ...VENUE_KINDS, TenantKind.PROVINCE], CASE_ROLES);
    return priorityPolicies(ctx.em, ctx.identity);
  }
}
