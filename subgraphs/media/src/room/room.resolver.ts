import { requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, INSTITUTION_KINDS, PublicRole, StaffRole, TenantKind, VENUE_KINDS, clock, hasRole, translate, type Ground } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { mediaGateway } from '../janus/media-gateway.js';
import { Meeting, MeetingState } from '../meeting/meeting.entity.js';
import { familyPackOf, joinAsCounsel, joinMeeting, joinWithCode, startMeeting, terminateMeeting, understaffed, warnMeeting } from './room.service.js';
import { MeetingWarning } from './warning.entity.js';
import { reportConnectionLost } from './parties.js';

@ObjectType({ description: '会见席位 A seat in a live meeting: where and how to join the Janus room' })
class JoinTicket {
  @Field({ description: 'Janus WebSocket URL (subprotocol janus-protocol)' })
  janusUrl!: string;

  @Field({ description: 'videoroom: a seat in the room; streaming: a lawyer meeting’s video-only stream (CQ-4)' })
  plugin!: string;

  @Field({ description: 'Videoroom id, or the streaming mountpoint id' })
  room!: string;

  @Field()
  pin!: string;

  @Field(() => String, { nullable: true, description: 'This seat’s join token, valid while the room lives (none for a stream)' })
  token!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The publisher id this party’s seat joins the room with (YN-18: who is on; CQ-4: whose video is forwarded); none for a monitor',
  })
  feed!: string | null;

  @Field({ description: 'VISITOR, SUBJECT or MONITOR' })
  seat!: string;

  @Field()
  endsAt!: Date;
}

@ObjectType({ description: '监听处置事由 A ground staff cite to warn or stop a meeting (GD-31, YN-16, YN-17, SX-10)' })
class MonitoringGround {
  @Field()
  code!: string;

  @Field()
  rule!: string;

  @Field({ description: 'zh-CN words (the catalogue key is grounds.<pack>.<code>)' })
  label!: string;

  @Field()
  labelKey!: string;

  @Field({ description: 'OTHER: a written reason is required' })
  needsText!: boolean;
}

const groundOption = (ground: Ground): MonitoringGround => ({
  code: ground.code,
  rule: ground.rule,
  label: translate(ground.labelKey),
  labelKey: ground.labelKey,
  needsText: !!ground.needsText,
});

/** The tenants whose meetings media runs: institutions, venues, and detention centres (CQ lawyer meetings). */
const MEETING_SIDES = [...INSTITUTION_KINDS, ...VENUE_KINDS, TenantKind.DETENTION_CENTRE];

const staffOf = (ctx: SubgraphContext, roles: StaffRole[] = CASE_ROLES) => {
  requireStaff(ctx.identity, MEETING_SIDES, roles);
  return ctx.identity as typeof ctx.identity & { tenantId: string; accountId: string };
};

/** Staff who watch meetings: monitors and supervisors of either side. */
const monitorOf = (ctx: SubgraphContext) => staffOf(ctx, [StaffRole.MONITOR, StaffRole.SUPERVISOR]);

/** A lawyer's own account (CQ): public, no tenant. */
const isCounsel = (ctx: SubgraphContext) => !ctx.identity.tenantKind && !!ctx.identity.accountId && hasRole(ctx.identity, PublicRole.LAWYER);

@Resolver(() => Meeting)
export class RoomResolver {
  @Mutation(() => Meeting, { description: 'Open the day’s meeting: a private, recorded Janus room; it ends by itself at the pack’s limit (GD-35)' })
  startMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('language', { defaultValue: 'MANDARIN', description: 'MANDARIN, FOREIGN, MINORITY or SIGN (YN-23, SX-8(3))' }) language: string,
    @Arg('translatorPresent', { defaultValue: false }) translatorPresent: boolean,
  ): Promise<Meeting> {
    return startMeeting(ctx.em, mediaGateway(), staffOf(ctx), id, language, translatorPresent);
  }

  @FieldResolver(() => [String], { description: 'YN-25: sides (INSTITUTION, VENUE) with fewer supervising staff than the pack asks' })
  understaffedSides(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext): Promise<string[]> {
    return understaffed(ctx.em, meeting);
  }

  @Mutation(() => JoinTicket, {
    description:
      'A seat in a live meeting for the caller’s side (visitors, subject, or a monitor); CQ-4: in a lawyer meeting the lawyer’s, the room terminal’s, or a video-only watching seat',
  })
  joinMeeting(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<JoinTicket> {
    if (isCounsel(ctx)) return joinAsCounsel(ctx.em, mediaGateway(), ctx.identity.accountId!, id);
    return joinMeeting(ctx.em, mediaGateway(), staffOf(ctx, [...CASE_ROLES, StaffRole.ROOM_TERMINAL]), id);
  }

  @Mutation(() => JoinTicket, {
    description: 'YN-34: the organ’s officials take an official session’s visitor seat with the joining code the prison gave them (no account needed)',
  })
  joinOfficialSession(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID, { description: 'The official session’s id (or its meeting’s)' }) id: string,
    @Arg('code') code: string,
  ): Promise<JoinTicket> {
    return joinWithCode(ctx.em, mediaGateway(), id, code);
  }

  @Mutation(() => Meeting, { description: 'GD-31 / YN-16: warn during a live meeting (recorded, shown to both sides)' })
  warnMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('ground', { description: 'A code of Meeting.warnGrounds' }) ground: string,
    @Arg('reason', () => String, { nullable: true, description: 'Required for OTHER' }) reason: string | null,
  ): Promise<Meeting> {
    return warnMeeting(ctx.em, monitorOf(ctx), id, ground, reason);
  }

  @Mutation(() => Meeting, { description: 'GD-31 (institution) / GD-32 (bureau): terminate a live meeting with a reason' })
  terminateMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('ground', { description: 'A code of Meeting.stopGrounds (YN-16: a warned-first ground needs an earlier warning)' }) ground: string,
    @Arg('reason', () => String, { nullable: true, description: 'Required for OTHER' }) reason: string | null,
  ): Promise<Meeting> {
    return terminateMeeting(ctx.em, mediaGateway(), monitorOf(ctx), id, ground, reason);
  }

  @Mutation(() => Meeting, {
    description: 'YN-18: this side’s meeting terminal lost its media connection (ICE failed): the meeting is interrupted at once and rescheduled with priority',
  })
  reportConnectionLost(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<Meeting> {
    return reportConnectionLost(ctx.em, mediaGateway(), staffOf(ctx), id);
  }

  @FieldResolver(() => [MeetingWarning], { description: 'Warnings given, in order (both sides see them)' })
  warnings(@Root() meeting: Meeting, @Ctx() ctx: SubgraphContext): Promise<MeetingWarning[]> {
    return ctx.em.find(MeetingWarning, { meetingId: meeting.id }, { orderBy: { givenAt: 'asc' } });
  }

  @FieldResolver(() => [MonitoringGround], { description: 'GD-31 / YN-16 / SX-10: the pack’s grounds to warn this meeting (for the monitor wall)' })
  warnGrounds(@Root() meeting: Meeting): MonitoringGround[] {
    return familyPackOf(meeting)?.monitoring.warnGrounds.map(groundOption) ?? [];
  }

  @FieldResolver(() => [MonitoringGround], { description: 'GD-31 / YN-16 / YN-17 / SX-10: the pack’s grounds to stop this meeting' })
  stopGrounds(@Root() meeting: Meeting): MonitoringGround[] {
    return familyPackOf(meeting)?.monitoring.stopGrounds.map(groundOption) ?? [];
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'YN-14: who may approve lengthening this meeting (from its pack); none: it cannot be lengthened (GD-35)',
  })
  extensionApprover(@Root() meeting: Meeting): string | null {
    const approver = familyPackOf(meeting)?.meeting.extensionApprovedBy;
    return approver ? translate(approver) : null; // zh-CN, the default language
  }

  @FieldResolver(() => Int, { nullable: true, description: 'GD-35: seconds left before the meeting ends by itself (the countdown both sides see)' })
  secondsLeft(@Root() meeting: Meeting): number | null {
    if (meeting.state !== MeetingState.LIVE || !meeting.endsAt) return null;
    return Math.max(0, Math.round((meeting.endsAt.getTime() - clock.now().getTime()) / 1000));
  }
}
