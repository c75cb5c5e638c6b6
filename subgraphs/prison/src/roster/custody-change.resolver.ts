import {
  CUSTODY_CHANGE_ROLES,
  CustodyChangeBase,
  CustodyChangeKind,
  CustodyChangeSource,
  ROSTER_ROLES,
  requireAccount,
  requireStaff,
  type SubgraphContext,
} from '@rv/kit';
import { TenantKind } from '@rv/schema';
import { Arg, Ctx, Field, ID, InputType, Mutation, Query, Resolver } from 'type-graphql';
import { InmateResolver } from '../inmate/inmate.resolver.js';
import { inmateCustodyChanges, recordInmateCustodyChange, syncInmateCustodyEvents } from './custody-change.service.js';

@InputType({ description: 'A custody status change of an inmate, dated' })
export class InmateCustodyChangeInput {
  @Field(() => ID)
  inmateId!: string;

  @Field(() => CustodyChangeKind)
  kind!: CustodyChangeKind;

  @Field({ description: 'From which day, YYYY-MM-DD (not after today)' })
  effectiveOn!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Statuses that last (training, confinement, investigation, separate custody, admonition, isolation review): true starts, false ends',
  })
  active?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'TREATMENT_LEVEL: the level; CRIME_CATEGORY: the category; WARD_MOVE: the ward number; TRANSFER: the prison id (none: out of the platform)',
  })
  value?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'A custody event from the institution’s own system: the person by number, the event by its own id (recorded once)' })
export class InmateCustodyEventInput {
  @Field({ description: 'The system’s own id of the event: sending it again records nothing more' })
  eventId!: string;

  @Field()
  inmateNumber!: string;

  @Field(() => CustodyChangeKind)
  kind!: CustodyChangeKind;

  @Field()
  effectiveOn!: string;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => String, { nullable: true })
  value?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@Resolver()
export class InmateCustodyChangeResolver {
  @Mutation(() => CustodyChangeBase, {
    description:
      'Records a custody change of an inmate of the caller’s prison; its future meetings are checked again (GD-24, YN-15, SX-9) and a transfer or release cancels them, telling the family',
  })
  recordInmateCustodyChange(
    @Ctx() ctx: SubgraphContext,
    @Arg('input', () => InmateCustodyChangeInput) input: InmateCustodyChangeInput,
  ): Promise<CustodyChangeBase> {
    requireStaff(ctx.identity, [TenantKind.PRISON], CUSTODY_CHANGE_ROLES);
    requireAccount(ctx.identity);
    const staff = { accountId: ctx.identity.accountId, tenantId: ctx.identity.tenantId, tenantKind: ctx.identity.tenantKind };
    return recordInmateCustodyChange(ctx.em, staff, { ...input, subjectId: input.inmateId }, CustodyChangeSource.PORTAL);
  }

  @Mutation(() => [CustodyChangeBase], {
    description:
      'The institution’s own system: a batch of custody events (one transaction, each event id recorded once; any bad event refuses the batch, naming it)',
  })
  syncInmateCustodyChanges(
    @Ctx() ctx: SubgraphContext,
    @Arg('events', () => [InmateCustodyEventInput]) events: InmateCustodyEventInput[],
  ): Promise<CustodyChangeBase[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON], ROSTER_ROLES);
    requireAccount(ctx.identity);
    const staff = { accountId: ctx.identity.accountId, tenantId: ctx.identity.tenantId, tenantKind: ctx.identity.tenantKind };
    return syncInmateCustodyEvents(
      ctx.em,
      staff,
      events.map((event) => ({ ...event, number: event.inmateNumber })),
    );
  }

  @Query(() => [CustodyChangeBase], { description: 'An inmate’s custody changes, newest first' })
  async inmateCustodyChanges(@Ctx() ctx: SubgraphContext, @Arg('inmateId', () => ID) inmateId: string): Promise<CustodyChangeBase[]> {
    await new InmateResolver().inmate(inmateId, ctx); // the same reach as the inmate itself
    return inmateCustodyChanges(ctx.em, inmateId);
  }
}
