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
import { DetaineeResolver } from '../detainee/detainee.resolver.js';
import { detaineeCustodyChanges, recordDetaineeCustodyChange, syncDetaineeCustodyEvents } from './custody-change.service.js';

@InputType({ description: 'A custody status change of a detainee, dated' })
export class DetaineeCustodyChangeInput {
  @Field(() => ID)
  detaineeId!: string;

  @Field(() => CustodyChangeKind)
  kind!: CustodyChangeKind;

  @Field({ description: 'From which day, YYYY-MM-DD (not after today)' })
  effectiveOn!: string;

  @Field(() => Boolean, { nullable: true, description: 'Statuses that last (physiological detox, restraint): true starts, false ends' })
  active?: boolean | null;

  @Field(() => String, { nullable: true, description: 'BRIGADE_MOVE: the brigade number; TRANSFER: the centre id (none: out of the platform)' })
  value?: string | null;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: 'A custody event from the institution’s own system: the person by number, the event by its own id (recorded once)' })
export class DetaineeCustodyEventInput {
  @Field({ description: 'The system’s own id of the event: sending it again records nothing more' })
  eventId!: string;

  @Field()
  detaineeNumber!: string;

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
export class DetaineeCustodyChangeResolver {
  @Mutation(() => CustodyChangeBase, {
    description:
      'Records a custody change of a detainee of the caller’s centre; its future meetings are checked again (GD-25) and a transfer or release cancels them, telling the family',
  })
  recordDetaineeCustodyChange(
    @Ctx() ctx: SubgraphContext,
    @Arg('input', () => DetaineeCustodyChangeInput) input: DetaineeCustodyChangeInput,
  ): Promise<CustodyChangeBase> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], CUSTODY_CHANGE_ROLES);
    requireAccount(ctx.identity);
    const staff = { accountId: ctx.identity.accountId, tenantId: ctx.identity.tenantId, tenantKind: ctx.identity.tenantKind };
    return recordDetaineeCustodyChange(ctx.em, staff, { ...input, subjectId: input.detaineeId }, CustodyChangeSource.PORTAL);
  }

  @Mutation(() => [CustodyChangeBase], {
    description:
      'The institution’s own system: a batch of custody events (one transaction, each event id recorded once; any bad event refuses the batch, naming it)',
  })
  syncDetaineeCustodyChanges(
    @Ctx() ctx: SubgraphContext,
    @Arg('events', () => [DetaineeCustodyEventInput]) events: DetaineeCustodyEventInput[],
  ): Promise<CustodyChangeBase[]> {
    requireStaff(ctx.identity, [TenantKind.DETOX_CENTRE], ROSTER_ROLES);
    requireAccount(ctx.identity);
    const staff = { accountId: ctx.identity.accountId, tenantId: ctx.identity.tenantId, tenantKind: ctx.identity.tenantKind };
    return syncDetaineeCustodyEvents(
      ctx.em,
      staff,
      events.map((event) => ({ ...event, number: event.detaineeNumber })),
    );
  }

  @Query(() => [CustodyChangeBase], { description: 'A detainee’s custody changes, newest first' })
  async detaineeCustodyChanges(@Ctx() ctx: SubgraphContext, @Arg('detaineeId', () => ID) detaineeId: string): Promise<CustodyChangeBase[]> {
    await new DetaineeResolver().detainee(detaineeId, ctx); // the same reach as the detainee itself
    return detaineeCustodyChanges(ctx.em, detaineeId);
  }
}
