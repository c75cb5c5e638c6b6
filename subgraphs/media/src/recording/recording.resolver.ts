import { auditRead, requireStaff, type SubgraphContext } from '@rv/kit';
import type { FilterQuery } from '@mikro-orm/core';
import { StaffRole, TenantKind, forbidden, invalid, isUuid, notFound } from '@rv/schema';
import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { Meeting } from '../meeting/meeting.entity.js';
import { playbackUrl } from './playback.js';
import { Recording } from './recording.entity.js';

@ObjectType({ description: '录像调阅记录 Who played a recording, when' })
class RecordingAccess {
  @Field(() => ID)
  accountId!: string;

  @Field(() => ID)
  tenantId!: string;

  @Field()
  at!: Date;
}

const PLAYERS = [TenantKind.PRISON, TenantKind.DETOX_CENTRE, TenantKind.PRISON_BUREAU, TenantKind.DETOX_BUREAU, TenantKind.PROVINCE];

/** GD-37: the meetings whose recordings the caller may play: the institution's own, its supervising bureau's kind, or all for the province. */
function playScope(identity: SubgraphContext['identity']): FilterQuery<Meeting> {
  switch (identity.tenantKind) {
    case TenantKind.PROVINCE:
      return {};
    case TenantKind.PRISON_BUREAU:
      return { subjectKind: 'INMATE' };
    case TenantKind.DETOX_BUREAU:
      return { subjectKind: 'DETAINEE' };
    default:
      return { institutionId: identity.tenantId! };
  }
}

/** A meeting the caller may play, or FORBIDDEN / NOT_FOUND. */
async function playableMeeting(ctx: SubgraphContext, meetingId: string): Promise<Meeting> {
  const meeting = isUuid(meetingId) ? await ctx.em.findOne(Meeting, { id: meetingId }) : null;
  if (!meeting) throw notFound('meeting');
  if (!(await ctx.em.count(Meeting, { $and: [{ id: meetingId }, playScope(ctx.identity)] }))) throw forbidden();
  return meeting;
}

@Resolver(() => Recording)
export class RecordingResolver {
  @Query(() => Recording, { description: 'GD-37: a meeting’s recording for playback; every call is logged (who, when, what)' })
  async recording(@Ctx() ctx: SubgraphContext, @Arg('meetingId', () => ID) meetingId: string): Promise<Recording> {
    // GD-37: supervisors play; an auditor reads the trail and nothing else (DOMAIN, our additions), a playback included.
    requireStaff(ctx.identity, PLAYERS, [StaffRole.SUPERVISOR]);
    await playableMeeting(ctx, meetingId);
    const recording = await ctx.em.findOne(Recording, { meetingId, purgedAt: null });
    if (!recording) throw notFound('recording');
    auditRead(ctx, 'playRecording'); // GD-37: a playback is a read that leaves a trace in the audit trail
    await ctx.em.execute(`insert into "media"."recording_access" (recording_id, account_id, tenant_id, at) values (?, ?, ?, now())`, [
      recording.id,
      ctx.identity.accountId,
      ctx.identity.tenantId,
    ]);
    recording.playbackUrl = await playbackUrl(recording, ctx.internalSecret);
    return recording;
  }

  @Query(() => [Meeting], {
    description: 'GD-37: a day’s meetings that ran (YYYY-MM-DD), for playback: supervisors of the institution, its bureau, the province',
  })
  recordedMeetings(@Ctx() ctx: SubgraphContext, @Arg('date') date: string): Promise<Meeting[]> {
    // GD-37: supervisors play; an auditor reads the trail and nothing else (DOMAIN, our additions), a playback included.
    requireStaff(ctx.identity, PLAYERS, [StaffRole.SUPERVISOR]);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw invalid('platform.dateFormat', {}, 'date');
    return ctx.em.find(Meeting, { $and: [{ date, startedAt: { $ne: null } }, playScope(ctx.identity)] }, { orderBy: { startedAt: 'asc' }, limit: 500 });
  }

  @Query(() => [RecordingAccess], { description: 'Who played a meeting’s recording (auditors)' })
  async recordingAccessLog(@Ctx() ctx: SubgraphContext, @Arg('meetingId', () => ID) meetingId: string): Promise<RecordingAccess[]> {
    requireStaff(ctx.identity, PLAYERS, [StaffRole.AUDITOR]);
    await playableMeeting(ctx, meetingId);
    const rows = await ctx.em.execute<{ account_id: string; tenant_id: string; at: Date }[]>(
      `select a.account_id, a.tenant_id, a.at from "media"."recording_access" a join "media"."recording" r on r.id = a.recording_id
        where r.meeting_id = ? order by a.at`,
      [meetingId],
    );
    return rows.map((row) => Object.assign(new RecordingAccess(), { accountId: row.account_id, tenantId: row.tenant_id, at: new Date(row.at) }));
  }
}
