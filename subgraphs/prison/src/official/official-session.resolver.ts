import { requireStaff, type SubgraphContext } from '@rv/kit';
import { StaffRole, TenantKind, invalid, translate, type MessageKey } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Inmate } from '../inmate/inmate.entity.js';
import { OfficialSession } from './official-session.entity.js';
import { arrangeOfficialSession, cancelOfficialSession, type PrisonStaff } from './official-session.service.js';

/** YN-34: the prison staff who record and arrange official sessions. */
const ARRANGERS = [StaffRole.INTAKE_CLERK, StaffRole.REVIEWER, StaffRole.SUPERVISOR];

const arrangerOf = (ctx: SubgraphContext): PrisonStaff => {
  requireStaff(ctx.identity, [TenantKind.PRISON], ARRANGERS);
  return ctx.identity as PrisonStaff;
};

@InputType({ description: 'YN-34: an organ’s request, as its official letter gives it' })
class OfficialSessionInput {
  @Field(() => ID)
  inmateId!: string;

  @Field({ description: 'COURT, PROCURATORATE, POLICE, DISCIPLINE_COMMISSION or NOTARY' })
  organ!: string;

  @Field({ description: 'The organ’s name as on its letter' })
  issuedBy!: string;

  @Field({ description: 'The letter’s number (公函文号)' })
  letterNumber!: string;

  @Field({ description: 'INTERROGATION, HEARING, INVESTIGATION, NOTARISATION or OTHER' })
  purpose!: string;

  @Field(() => [String])
  officials!: string[];

  @Field({ description: 'YYYY-MM-DD, China Standard Time' })
  date!: string;

  @Field(() => Int)
  minutes!: number;
}

@ObjectType({ description: 'YN-34: the arranged session and the joining code for the organ (shown once)' })
class ArrangedOfficialSession {
  @Field(() => OfficialSession)
  session!: OfficialSession;

  @Field({ description: 'Eight digits the organ’s officials enter to take their seat; only its hash is kept' })
  joiningCode!: string;
}

@Resolver(() => OfficialSession)
export class OfficialSessionResolver {
  @Query(() => [OfficialSession], { description: 'YN-34: the caller’s prison’s official sessions from a day on (default: today), in date order' })
  officialSessions(@Ctx() ctx: SubgraphContext, @Arg('from', () => String, { nullable: true }) from: string | null): Promise<OfficialSession[]> {
    const staff = arrangerOf(ctx);
    if (from && !/^\d{4}-\d{2}-\d{2}$/.test(from)) throw invalid('meetingDay.dateFormat', {}, 'from');
    return ctx.em.find(
      OfficialSession,
      { prisonId: staff.tenantId, ...(from ? { date: { $gte: from } } : {}) },
      { populate: ['inmate'], orderBy: { date: 'asc', recordedAt: 'asc' }, limit: 200 },
    );
  }

  @Mutation(() => ArrangedOfficialSession, { description: 'YN-34: record an organ’s official letter and arrange its remote session (no family slot is taken)' })
  arrangeOfficialSession(@Ctx() ctx: SubgraphContext, @Arg('input', () => OfficialSessionInput) input: OfficialSessionInput): Promise<ArrangedOfficialSession> {
    return arrangeOfficialSession(ctx.em, arrangerOf(ctx), input);
  }

  @Mutation(() => OfficialSession, { description: 'YN-34: cancel an arranged official session (its meeting goes too)' })
  cancelOfficialSession(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string): Promise<OfficialSession> {
    return cancelOfficialSession(ctx.em, arrangerOf(ctx), id);
  }

  @FieldResolver(() => Inmate)
  inmate(@Root() session: OfficialSession): Inmate {
    return session.inmate;
  }

  @FieldResolver(() => String, { description: 'zh-CN words for the organ (key official.organ.<organ>)' })
  organLabel(@Root() session: OfficialSession): string {
    return translate(`official.organ.${session.organ}` as MessageKey);
  }

  @FieldResolver(() => String, { description: 'zh-CN words for the purpose (key official.purpose.<purpose>)' })
  purposeLabel(@Root() session: OfficialSession): string {
    return translate(`official.purpose.${session.purpose}` as MessageKey);
  }
}
