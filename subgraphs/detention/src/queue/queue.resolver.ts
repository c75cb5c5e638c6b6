import { batchLoader, type SubgraphContext } from '@rv/kit';
import { CredentialKind, RequesterType, ErrorCode, clock, forbidden, invalid, isUuid, keyed } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { CENTRE_READERS, centreStaff, isLawyer, lawyerAccount } from '../access.js';
import { DetentionCentre } from '../centre/detention-centre.entity.js';
import { Lawyer } from '../lawyer/lawyer.entity.js';
import { Suspect } from '../suspect/suspect.entity.js';
import { Channel, Companion, Credential, EntryKind, EntryStatus, MeetingMode, MeetingPurpose, QueueEntry } from './queue-entry.entity.js';
import {
  acceptBooking,
  acceptInterrogation,
  acceptLawyerAtDesk,
  arrangeEntry,
  bookLawyerMeeting,
  recordHandover,
  recordSuspectRefusal,
  type LawyerMeetingRequest,
} from './queue.service.js';

@InputType({ description: 'CQ-2: one document shown (at the desk) or uploaded' })
class CredentialInput {
  @Field({ description: "The lawyer's account id, or the companion's name" })
  holder!: string;

  @Field(() => CredentialKind)
  kind!: CredentialKind;

  @Field({ description: 'Document number or short description' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'A copy, base64 (≤ 2 MB)' })
  file?: string | null;

  @Field(() => String, { nullable: true })
  fileName?: string | null;
}

@InputType({ description: 'CQ-2 / CQ-14: an assistant or translator coming with the lawyer' })
class CompanionInput {
  @Field(() => RequesterType)
  role!: RequesterType;

  @Field()
  name!: string;
}

/** CQ-2: the whole form. Nothing else is asked of a lawyer, and no unit can add a field. */
@InputType({ description: 'CQ-2: a lawyer meeting request: who asks, the documents CQ-2 names, and how to meet' })
class LawyerMeetingInput {
  @Field(() => RequesterType)
  requesterType!: RequesterType;

  @Field(() => [ID], { description: 'One lawyer, or two defence lawyers meeting together (CQ-7)' })
  lawyerAccountIds!: string[];

  @Field(() => [CredentialInput])
  credentials!: CredentialInput[];

  @Field(() => [CompanionInput], { defaultValue: [] })
  companions!: CompanionInput[];

  @Field(() => MeetingPurpose, { defaultValue: MeetingPurpose.MEETING })
  purpose: MeetingPurpose = MeetingPurpose.MEETING;

  @Field(() => MeetingMode, { defaultValue: MeetingMode.IN_PERSON })
  mode: MeetingMode = MeetingMode.IN_PERSON;

  @Field(() => Int, { defaultValue: 60 })
  minutes: number = 60;
}

const request = (input: LawyerMeetingInput): LawyerMeetingRequest => ({
  requesterType: input.requesterType,
  lawyerAccountIds: input.lawyerAccountIds,
  credentials: input.credentials,
  companions: input.companions ?? [],
  purpose: input.purpose,
  mode: input.mode,
  minutes: input.minutes,
});

/** The desk's side of the queue and the lawyer's own meetings; the rules are in the service. */
@Resolver(() => QueueEntry)
export class QueueResolver {
  @Query(() => [QueueEntry], {
    description: "CQ-3: the centre's queue (lawyer meetings and interrogations) in order of acceptance; bookings not yet accepted last",
  })
  async lawyerQueue(@Ctx() ctx: SubgraphContext, @Arg('status', () => [EntryStatus], { nullable: true }) status?: EntryStatus[]): Promise<QueueEntry[]> {
    const staff = centreStaff(ctx, CENTRE_READERS);
    return ctx.em.find(
      QueueEntry,
      { centre: staff.tenantId, ...(status?.length ? { status: { $in: status } } : {}) },
      { orderBy: { seq: 'asc nulls last', createdAt: 'asc' }, limit: 500, populate: ['centre', 'suspect', 'room'] },
    );
  }

  @Query(() => QueueEntry, {
    description:
      "One queue entry: the centre's staff read their own centre's, a lawyer the ones naming them (the live queue's subscription resolves through it)",
  })
  async queueEntry(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<QueueEntry> {
    // Tenant isolation: another centre's entry, or one not naming this lawyer, is not found.
    const lawyer = isLawyer(ctx) ? lawyerAccount(ctx) : null;
    const centreId = lawyer ? null : centreStaff(ctx, CENTRE_READERS).tenantId;
    const entry = isUuid(id) ? await ctx.em.findOne(QueueEntry, { id }, { populate: ['centre', 'suspect', 'room'] }) : null;
    const visible = lawyer ? entry?.lawyerAccountIds.includes(lawyer) : entry?.centre.id === centreId;
    if (!entry || !visible) throw keyed(ErrorCode.NOT_FOUND, 'lawyer.notFound.entry');
    return entry;
  }

  @Query(() => [QueueEntry], { description: "The lawyer's own meetings: place in the queue, deadline, arrangement, a suspect's written refusal" })
  async myLawyerMeetings(@Ctx() ctx: SubgraphContext): Promise<QueueEntry[]> {
    const me = lawyerAccount(ctx);
    const ids = await ctx.em.execute<{ id: string }[]>(
      `select id from "detention"."queue_entry" where ? = any(lawyer_account_ids) order by created_at desc limit 200`,
      [me],
    );
    return ctx.em.find(QueueEntry, { id: { $in: ids.map((row) => row.id) } }, { orderBy: { createdAt: 'desc' }, populate: ['centre', 'suspect', 'room'] });
  }

  @Mutation(() => QueueEntry, {
    description: 'CQ-5: a lawyer at the desk, accepted on the CQ-2 documents alone (no booking needed); takes the next place in the queue (CQ-3)',
  })
  acceptLawyerAtDesk(
    @Ctx() ctx: SubgraphContext,
    @Arg('suspectId', () => ID) suspectId: string,
    @Arg('input', () => LawyerMeetingInput) input: LawyerMeetingInput,
  ): Promise<QueueEntry> {
    const staff = centreStaff(ctx);
    if (!isUuid(suspectId) || !input.lawyerAccountIds.every(isUuid)) throw invalid('lawyer.notFound.suspect', {}, 'suspectId');
    return acceptLawyerAtDesk(ctx.em, staff, suspectId, request(input));
  }

  @Mutation(() => QueueEntry, {
    description:
      'CQ-5: book online or by phone (a convenience); the documents are uploaded and checked (CQ-2); the place in the queue is taken when the desk accepts',
  })
  bookLawyerMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg('centreId', () => ID) centreId: string,
    @Arg('suspectName') suspectName: string,
    @Arg('suspectIdNumber') suspectIdNumber: string,
    @Arg('input', () => LawyerMeetingInput) input: LawyerMeetingInput,
    @Arg('channel', () => Channel, { defaultValue: Channel.ONLINE }) channel: Channel,
  ): Promise<QueueEntry> {
    const me = lawyerAccount(ctx);
    if (!isUuid(centreId) || !input.lawyerAccountIds.every(isUuid)) throw invalid('lawyer.notFound.centre', {}, 'centreId');
    return bookLawyerMeeting(ctx.em, me, { centreId, suspectName, suspectIdNumber, channel }, request(input));
  }

  @Mutation(() => QueueEntry, { description: 'CQ-3: the desk checks a booking’s documents and gives it its place in the queue' })
  acceptLawyerBooking(@Ctx() ctx: SubgraphContext, @Arg('entryId', () => ID) entryId: string): Promise<QueueEntry> {
    return acceptBooking(ctx.em, centreStaff(ctx), entryId);
  }

  @Mutation(() => QueueEntry, { description: 'CQ-3: an interrogation or escort (提讯提解) joins the same queue in order of acceptance' })
  acceptInterrogation(
    @Ctx() ctx: SubgraphContext,
    @Arg('suspectId', () => ID) suspectId: string,
    @Arg('caseUnit') caseUnit: string,
    @Arg('officers') officers: string,
    @Arg('kind', () => EntryKind, { defaultValue: EntryKind.INTERROGATION }) kind: EntryKind,
    @Arg('minutes', () => Int, { defaultValue: 60 }) minutes: number,
  ): Promise<QueueEntry> {
    return acceptInterrogation(ctx.em, centreStaff(ctx), { suspectId, kind, caseUnit, officers, minutes });
  }

  @Mutation(() => QueueEntry, {
    description: 'CQ-3 / CQ-7 / CQ-8: arrange the head of the queue in a room, by its 48-hour deadline; a weekend or holiday needs a leader’s approval',
  })
  arrangeQueueEntry(
    @Ctx() ctx: SubgraphContext,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('roomId', () => ID) roomId: string,
    @Arg('startsAt', () => Date) startsAt: Date,
    @Arg('leaderApproval', () => String, { nullable: true }) leaderApproval?: string,
  ): Promise<QueueEntry> {
    return arrangeEntry(ctx.em, centreStaff(ctx), { entryId, roomId, startsAt, leaderApproval });
  }

  @Mutation(() => QueueEntry, { description: 'CQ-3: the suspect refused in writing to confirm a mandate’s end: passed to the lawyer, no meeting' })
  recordSuspectRefusal(@Ctx() ctx: SubgraphContext, @Arg('entryId', () => ID) entryId: string, @Arg('text') text: string): Promise<QueueEntry> {
    return recordSuspectRefusal(ctx.em, centreStaff(ctx), entryId, text);
  }

  @Mutation(() => QueueEntry, { description: 'CQ-4: the suspect handed over face to face, identity confirmed, the lawyer’s offline computer noted' })
  recordHandover(
    @Ctx() ctx: SubgraphContext,
    @Arg('entryId', () => ID) entryId: string,
    @Arg('identityConfirmed') identityConfirmed: boolean,
    @Arg('computerNote', () => String, { nullable: true }) computerNote?: string,
  ): Promise<QueueEntry> {
    return recordHandover(ctx.em, centreStaff(ctx), entryId, identityConfirmed, computerNote ?? null);
  }

  @FieldResolver(() => Suspect)
  suspect(@Root() entry: QueueEntry): Suspect {
    return entry.suspect;
  }

  @FieldResolver(() => DetentionCentre)
  centre(@Root() entry: QueueEntry): DetentionCentre {
    return entry.centre;
  }

  @FieldResolver({ description: 'CQ-3: still waiting past its 48-hour deadline' })
  overdue(@Root() entry: QueueEntry): boolean {
    return entry.status === EntryStatus.WAITING && !!entry.dueAt && entry.dueAt.getTime() < clock.now().getTime();
  }

  @FieldResolver(() => Int, { nullable: true, description: 'CQ-3: place among those still waiting (1 = next)' })
  async position(@Root() entry: QueueEntry, @Ctx() ctx: SubgraphContext): Promise<number | null> {
    if (entry.status !== EntryStatus.WAITING) return null;
    const [row] = await ctx.em.execute<{ n: number }[]>(
      `select count(*)::int as n from "detention"."queue_entry" where centre_id = ? and status = 'WAITING' and seq <= ?`,
      [entry.centre.id, entry.seq],
    );
    return row.n;
  }

  @FieldResolver(() => [Credential], { description: 'CQ-3: the credential copies kept with the meeting (the centre, and the lawyers of the meeting)' })
  credentials(@Root() entry: QueueEntry, @Ctx() ctx: SubgraphContext): Promise<Credential[]> {
    if (!isLawyer(ctx)) centreStaff(ctx, CENTRE_READERS);
    else if (!entry.lawyerAccountIds.includes(lawyerAccount(ctx))) throw forbidden();
    return ctx.em.find(Credential, { entry: entry.id }, { orderBy: { keptAt: 'asc' } });
  }

  @FieldResolver(() => [Lawyer], { description: 'The lawyers of a lawyer meeting (name, certificate, firm), as the justice bureau verified them' })
  lawyers(@Root() entry: QueueEntry, @Ctx() ctx: SubgraphContext): Promise<Lawyer[]> {
    if (!entry.lawyerAccountIds.length) return Promise.resolve([]);
    return batchLoader(
      ctx,
      'entryLawyers',
      (ids) => ctx.em.find(Lawyer, { accountId: { $in: [...ids] } }),
      (lawyer) => lawyer.accountId,
    )
      .loadMany(entry.lawyerAccountIds)
      .then((found) => found.filter((lawyer): lawyer is Lawyer => lawyer instanceof Lawyer));
  }

  @FieldResolver(() => [Companion], { description: 'CQ-2 / CQ-14: the assistant or translator verified for this meeting (nobody else may be present)' })
  companions(@Root() entry: QueueEntry, @Ctx() ctx: SubgraphContext): Promise<Companion[]> {
    return ctx.em.find(Companion, { entry: entry.id });
  }
}
