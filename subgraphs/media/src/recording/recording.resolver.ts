import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, forbidden, isUuid, notFound } from '@rv/schema';
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

/** GD-37: the institution's supervisors and auditors, its supervising bureau and the province may play recordings. */
function mayPlay(identity: SubgraphContext['identity'], meeting: Meeting): boolean {
  const bureau = meeting.subjectKind === 'INMATE' ? TenantKind.PRISON_BUREAU : TenantKind.DETOX_BUREAU;
  return identity.tenantId === meeting.institutionId || identity.tenantKind === bureau || identity.tenantKind === TenantKind.PROVINCE;
}

@Resolver(() => Recording)
export class RecordingResolver {
  @Query(() => Recording, { description: 'GD-37: a meeting’s recording for playback; every call is logged (who, when, what)' })
  async recording(@Ctx() ctx: SubgraphContext, @Arg('meetingId', () => ID) meetingId: string): Promise<Recording> {
    requireStaff(ctx.identity, [TenantKind.PRISON, TenantKind.DETOX_CENTRE, TenantKind.PRISON_BUREAU, TenantKind.DETOX_BUREAU, TenantKind.PROVINCE],
      [StaffRole.SUPERVISOR, StaffRole.AUDITOR]);
    const meeting = isUuid(meetingId) ? await ctx.em.findOne(Meeting, { id: meetingId }) : null;
    if (!meeting) throw notFound('会见 Meeting');
    if (!mayPlay(ctx.identity, meeting)) throw forbidden();
    const recording = await ctx.em.findOne(Recording, { meetingId, purgedAt: null });
    if (!recording) throw notFound('录像 Recording');
    await ctx.em.execute(`insert into "media"."recording_access" (recording_id, account_id, tenant_id, at) values (?, ?, ?, now())`,
      [recording.id, ctx.identity.accountId, ctx.identity.tenantId]);
    recording.playbackUrl = await playbackUrl(recording, ctx.internalSecret);
    return recording;
  }

  @Query(() => [RecordingAccess], { description: 'Who played a meeting’s recording (auditors)' })
  async recordingAccessLog(@Ctx() ctx: SubgraphContext, @Arg('meetingId', () => ID) meetingId: string): Promise<RecordingAccess[]> {
    requireStaff(ctx.identity, [TenantKind.PRISON, TenantKind.DETOX_CENTRE, TenantKind.PRISON_BUREAU, TenantKind.DETOX_BUREAU, TenantKind.PROVINCE], [StaffRole.AUDITOR]);
    const meeting = isUuid(meetingId) ? await ctx.em.findOne(Meeting, { id: meetingId }) : null;
    if (!meeting || !mayPlay(ctx.identity, meeting)) throw forbidden();
    const rows = await ctx.em.execute<{ account_id: string; tenant_id: string; at: Date }[]>(
      `select a.account_id, a.tenant_id, a.at from "media"."recording_access" a join "media"."recording" r on r.id = a.recording_id
        where r.meeting_id = ? order by a.at`, [meetingId]);
    return rows.map((row) => Object.assign(new RecordingAccess(), { accountId: row.account_id, tenantId: row.tenant_id, at: new Date(row.at) }));
  }
}
