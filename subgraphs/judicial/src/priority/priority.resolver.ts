import { requireStaff, type SubgraphContext } from '@rv/kit';
import { PriorityCategory, StaffRole, VENUE_KINDS } from '@rv/schema';
import { Arg, Ctx, ID, Mutation, Resolver, registerEnumType } from 'type-graphql';
import { Application } from '../application/application.entity.js';
import { prioritizeApplication } from './priority.service.js';

registerEnumType(PriorityCategory, { name: 'PriorityCategory', description: 'GD-4 优先类别 Why an application goes first' });

@Resolver(() => Application)
export class PriorityResolver {
  @Mutation(() => Application, { description: 'GD-4: the family’s bureau puts a pending application first (reward, vulnerable or distant family, special case)' })
  prioritizeApplication(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('category', () => PriorityCategory) category: PriorityCategory,
    @Arg('note', () => String, { nullable: true }) note?: string,
  ): Promise<Application> {
    requireStaff(ctx.identity, VENUE_KINDS, [StaffRole.SUPERVISOR, StaffRole.REVIEWER, StaffRole.INTAKE_CLERK]);
    return prioritizeApplication(ctx.em, ctx.identity, id, category, note);
  }
}
