import { batchLoader, type SubgraphContext } from '@rv/kit';
import { PublicRole, hasRole, invalid, monthlyAllowance, rulePack } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { Account } from '../account/account.entity.js';
import { isIsoMonth } from '../calendar/today.js';
import { SubjectRef } from '../subject/subject-ref.entity.js';
import { Relationship } from './relationship.entity.js';

@ObjectType({ description: 'GD-11 / YN-14 / SX-3: how much of a subject’s monthly allowance is used' })
class MonthUse {
  @Field({ description: 'YYYY-MM' })
  month!: string;

  @Field(() => Int)
  used!: number;

  @Field(() => Int, { description: 'Meetings allowed this month (the subject’s level, plus any granted extra)' })
  allowed!: number;

  @Field(() => String, { nullable: true, description: 'GD-27: the rule that closed the rest of the month, if any' })
  blockedBy!: string | null;
}

/** The family portal's view of a registered relative: its pack (its limits are public pack data) and its months, before the family applies. */
@Resolver(() => Relationship)
export class RelativeBookingResolver {
  @FieldResolver(() => String, { description: 'The rule pack of the subject’s institution' })
  async rulePack(@Root() relationship: Relationship, @Ctx() ctx: SubgraphContext): Promise<string> {
    return (await subjectOf(ctx, relationship.subjectId))?.rulePack ?? 'GD';
  }

  @FieldResolver(() => [MonthUse], {
    description: 'GD-11 / YN-14 / SX-3: the subject’s allowance in these months (YYYY-MM), so a family sees a used month before applying',
  })
  async monthsUsed(@Root() relationship: Relationship, @Ctx() ctx: SubgraphContext, @Arg('months', () => [String]) months: string[]): Promise<MonthUse[]> {
    if (months.length > 6 || !months.every(isIsoMonth)) throw invalid('calendar.invalidMonth', {}, 'months');
    const subject = await subjectOf(ctx, relationship.subjectId);
    if (!subject) return [];
    const rows = await ctx.em.execute<{ month: string; used: number; extra: number; blocked_by: string | null }[]>(
      `select month, used, extra, blocked_by from "judicial"."monthly_allowance" where subject_id = ? and month in (?)`,
      [subject.id, months],
    );
    const base = monthlyAllowance(rulePack(subject.rulePack), subject.treatmentLevel);
    return months.map((month) => {
      const row = rows.find((candidate) => candidate.month === month);
      return { month, used: row?.used ?? 0, allowed: base + (row?.extra ?? 0), blockedBy: row?.blocked_by ?? null };
    });
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The visitor’s full ID number, to that visitor only (the signed-in family prefilling itself as the first visitor); null to anyone else',
  })
  async ownIdNumber(@Root() relationship: Relationship, @Ctx() ctx: SubgraphContext): Promise<string | null> {
    if (!ctx.identity.accountId || ctx.identity.tenantKind || !hasRole(ctx.identity, PublicRole.PROXY)) return null;
    const account = await batchLoader(
      ctx,
      'ownAccount',
      (ids) => ctx.em.find(Account, { id: { $in: [...ids] } }),
      (found) => found.id,
    ).load(ctx.identity.accountId);
    return account?.idNumber === relationship.visitorIdNumber ? relationship.visitorIdNumber : null;
  }
}

function subjectOf(ctx: SubgraphContext, subjectId: string): Promise<SubjectRef | null> {
  return batchLoader(
    ctx,
    'subjectRef',
    (ids) => ctx.em.find(SubjectRef, { id: { $in: [...ids] } }),
    (ref) => ref.id,
  ).load(subjectId);
}
