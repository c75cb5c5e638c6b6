import { requireAccount, requireStaff, type SubgraphContext } from '@rv/kit';
import { CASE_ROLES, PublicRole, StaffRole, TenantKind, forbidden, hasRole, isUuid, lawyerConductPack, translate, type MessageKey } from '@rv/schema';
import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { ComplaintContact, ComplaintStatus, LawyerComplaint, LawyerEvaluation, LawyerViolation, ViolationStatus } from './lawyer-complaint.entity.js';
import {
  addComplaintContact,
  answerComplaint,
  evaluateMeeting,
  fileComplaint,
  handleViolation,
  lawyerMeetingFigures,
  reportViolation,
  type Staff,
} from './lawyer-complaint.service.js';

const LEADS = [StaffRole.SUPERVISOR, StaffRole.ADMIN];

/** CQ-14: the centre's staff who stop a meeting and report (monitors watch it; leaders decide). */
const centreStaff = (ctx: SubgraphContext, roles: StaffRole[] = [StaffRole.MONITOR, ...LEADS]): Staff => {
  requireStaff(ctx.identity, [TenantKind.DETENTION_CENTRE], roles);
  return ctx.identity as Staff;
};

/** The county justice bureau's staff who handle violations and complaints; the centre's leaders answer complaints to the police. */
const handlerStaff = (ctx: SubgraphContext): Staff => {
  requireStaff(ctx.identity, [TenantKind.COUNTY_BUREAU, TenantKind.DETENTION_CENTRE], [StaffRole.REVIEWER, ...LEADS]);
  return ctx.identity as Staff;
};

const lawyerOf = (ctx: SubgraphContext): string => {
  requireAccount(ctx.identity);
  if (ctx.identity.tenantKind || !hasRole(ctx.identity, PublicRole.LAWYER)) throw forbidden();
  return ctx.identity.accountId;
};

@InputType()
class LawyerViolationInput {
  @Field(() => ID, { description: 'The lawyer meeting (its booking id)' })
  bookingId!: string;

  @Field(() => ID, { description: 'The county justice bureau to report to' })
  bureauId!: string;

  @Field({ description: 'A code of lawyerViolationGrounds (CQ-14)' })
  ground!: string;

  @Field(() => String, { nullable: true, description: 'Required for OTHER' })
  details?: string | null;

  @Field(() => ID, { nullable: true, description: 'Which of the meeting’s lawyers' })
  lawyerAccountId?: string | null;
}

@InputType()
class ComplaintContactInput {
  @Field({ description: 'POLICE, JUSTICE_BUREAU or BAR_ASSOCIATION' })
  organ!: string;

  @Field()
  organName!: string;

  @Field()
  contactName!: string;

  @Field()
  phone!: string;

  @Field(() => ID, { nullable: true, description: 'The county justice bureau that answers (not for POLICE: the centre answers itself)' })
  handlerTenantId?: string | null;
}

@InputType()
class LawyerComplaintInput {
  @Field(() => ID)
  contactId!: string;

  @Field(() => ID, { nullable: true })
  bookingId?: string | null;

  @Field()
  text!: string;

  @Field({ defaultValue: false, description: 'CQ-13: ask to be heard in person' })
  wantsHearing!: boolean;
}

@ObjectType({ description: 'CQ-14: a prohibited act, as the pack lists it' })
class ViolationGround {
  @Field()
  code!: string;

  @Field()
  rule!: string;

  @Field({ description: 'zh-CN words (key lawyerConduct.violation.<code>)' })
  label!: string;

  @Field()
  labelKey!: string;

  @Field()
  needsText!: boolean;
}

@ObjectType({ description: '联席会议通报数据 CQ-11: the joint meeting’s lawyer-meeting figures for one centre and month' })
class LawyerMeetingFigures {
  @Field(() => ID)
  centreId!: string;

  @Field({ description: 'YYYY-MM, China Standard Time' })
  month!: string;

  @Field(() => Int, { description: 'Lawyer meetings on days of the month' })
  meetings!: number;

  @Field(() => Int, { description: 'Of which held (remote meetings that ran)' })
  held!: number;

  @Field(() => Int, { description: 'Of which arranged (acceptance and arrangement times known)' })
  arranged!: number;

  @Field(() => Float, { nullable: true, description: 'Average hours from acceptance to arrangement' })
  averageWaitHours!: number | null;

  @Field(() => Int, { description: 'CQ-3: arranged within 48 clock hours of acceptance' })
  arrangedWithinDeadline!: number;

  @Field(() => Float, { nullable: true, description: 'CQ-3 compliance: arrangedWithinDeadline / arranged' })
  deadlineCompliance!: number | null;

  @Field(() => Int)
  complaints!: number;

  @Field(() => Int)
  complaintsAnswered!: number;

  @Field(() => Int)
  violations!: number;

  @Field(() => Int)
  evaluations!: number;

  @Field(() => Float, { nullable: true })
  averageScore!: number | null;
}

@Resolver()
export class LawyerComplaintResolver {
  @Query(() => [ViolationGround], { description: 'CQ-14: the prohibited acts a lawyer meeting is stopped and reported for' })
  lawyerViolationGrounds(): ViolationGround[] {
    return lawyerConductPack(null).violations.grounds.map((ground) => ({
      code: ground.code,
      rule: ground.rule,
      label: translate(ground.labelKey),
      labelKey: ground.labelKey,
      needsText: !!ground.needsText,
    }));
  }

  @Mutation(() => LawyerViolation, { description: 'CQ-14: the centre reports a lawyer’s violation to the county justice bureau (a live meeting is stopped)' })
  reportLawyerViolation(@Ctx() ctx: SubgraphContext, @Arg('input', () => LawyerViolationInput) input: LawyerViolationInput): Promise<LawyerViolation> {
    return reportViolation(ctx.em, centreStaff(ctx), input);
  }

  @Mutation(() => LawyerViolation, { description: 'CQ-14: the bureau records how it handled a violation report (its answer to the centre)' })
  handleLawyerViolation(@Ctx() ctx: SubgraphContext, @Arg('id', () => ID) id: string, @Arg('handling') handling: string): Promise<LawyerViolation> {
    const staff = handlerStaff(ctx);
    if (staff.tenantKind !== TenantKind.COUNTY_BUREAU) throw forbidden('lawyerConduct.violation.notReportedHere');
    return handleViolation(ctx.em, staff, id, handling);
  }

  @Query(() => [LawyerViolation], { description: 'CQ-14: violation reports the caller’s centre sent or the caller’s bureau received, newest first' })
  lawyerViolations(
    @Ctx() ctx: SubgraphContext,
    @Arg('status', () => ViolationStatus, { nullable: true }) status: ViolationStatus | null,
  ): Promise<LawyerViolation[]> {
    requireStaff(ctx.identity, [TenantKind.DETENTION_CENTRE, TenantKind.COUNTY_BUREAU], CASE_ROLES);
    const side = ctx.identity.tenantKind === TenantKind.DETENTION_CENTRE ? { centreId: ctx.identity.tenantId } : { bureauId: ctx.identity.tenantId };
    return ctx.em.find(LawyerViolation, { ...side, ...(status ? { status } : {}) }, { orderBy: { reportedAt: 'desc' }, limit: 200 });
  }

  @Mutation(() => LawyerEvaluation, { description: 'CQ-11: the lawyer rates the centre’s service for a meeting of theirs (once)' })
  evaluateLawyerMeeting(
    @Ctx() ctx: SubgraphContext,
    @Arg('bookingId', () => ID) bookingId: string,
    @Arg('score', () => Int) score: number,
    @Arg('comment', () => String, { nullable: true }) comment: string | null,
  ): Promise<LawyerEvaluation> {
    return evaluateMeeting(ctx.em, lawyerOf(ctx), bookingId, score, comment);
  }

  @Mutation(() => ComplaintContact, { description: 'CQ-12: the centre names an organ and contact for lawyers’ complaints' })
  addComplaintContact(@Ctx() ctx: SubgraphContext, @Arg('input', () => ComplaintContactInput) input: ComplaintContactInput): Promise<ComplaintContact> {
    return addComplaintContact(ctx.em, centreStaff(ctx, LEADS), input);
  }

  @Query(() => [ComplaintContact], { description: 'CQ-12: where a centre’s lawyers may complain (organ, contact, phone), shown to any signed-in caller' })
  complaintContacts(@Ctx() ctx: SubgraphContext, @Arg('centreId', () => ID) centreId: string): Promise<ComplaintContact[]> {
    requireAccount(ctx.identity);
    if (!isUuid(centreId)) return Promise.resolve([]);
    return ctx.em.find(ComplaintContact, { centreId, active: true }, { orderBy: { organ: 'asc' } });
  }

  @Mutation(() => LawyerComplaint, { description: 'CQ-12 / CQ-13: a lawyer complains to a centre’s named contact' })
  fileLawyerComplaint(@Ctx() ctx: SubgraphContext, @Arg('input', () => LawyerComplaintInput) input: LawyerComplaintInput): Promise<LawyerComplaint> {
    return fileComplaint(ctx.em, lawyerOf(ctx), input);
  }

  @Mutation(() => LawyerComplaint, { description: 'CQ-13: the handling unit answers a complaint with its investigation’s outcome' })
  answerLawyerComplaint(
    @Ctx() ctx: SubgraphContext,
    @Arg('id', () => ID) id: string,
    @Arg('feedback') feedback: string,
    @Arg('heardInPerson', { defaultValue: false }) heardInPerson: boolean,
  ): Promise<LawyerComplaint> {
    return answerComplaint(ctx.em, handlerStaff(ctx), id, feedback, heardInPerson);
  }

  @Query(() => [LawyerComplaint], { description: 'CQ-13: complaints the caller handles (staff) or filed (a lawyer), newest first' })
  lawyerComplaints(
    @Ctx() ctx: SubgraphContext,
    @Arg('status', () => ComplaintStatus, { nullable: true }) status: ComplaintStatus | null,
  ): Promise<LawyerComplaint[]> {
    const mine = ctx.identity.tenantKind ? { handlerTenantId: handlerStaff(ctx).tenantId } : { lawyerAccountId: lawyerOf(ctx) };
    return ctx.em.find(LawyerComplaint, { ...mine, ...(status ? { status } : {}) }, { orderBy: { filedAt: 'desc' }, limit: 200 });
  }

  @Query(() => [LawyerMeetingFigures], {
    description: 'CQ-11: the joint meeting’s figures per centre for a month (YYYY-MM): the province and county bureaus read every centre, a centre its own',
  })
  async lawyerMeetingFigures(
    @Ctx() ctx: SubgraphContext,
    @Arg('month') month: string,
    @Arg('centreId', () => ID, { nullable: true }) centreId: string | null,
  ): Promise<LawyerMeetingFigures[]> {
    requireStaff(ctx.identity, [TenantKind.PROVINCE, TenantKind.COUNTY_BUREAU, TenantKind.DETENTION_CENTRE], CASE_ROLES);
    if (centreId && !isUuid(centreId)) return [];
    const own = ctx.identity.tenantKind === TenantKind.DETENTION_CENTRE;
    if (own && centreId && centreId !== ctx.identity.tenantId) throw forbidden();
    const centres = own ? [ctx.identity.tenantId] : centreId ? [centreId] : null;
    const figures = await lawyerMeetingFigures(ctx.em, month, centres);
    return figures.map((row) => ({ ...row, deadlineCompliance: row.arranged ? Math.round((row.arrangedWithinDeadline / row.arranged) * 1000) / 1000 : null }));
  }
}

@Resolver(() => LawyerViolation)
export class LawyerViolationFields {
  @FieldResolver(() => String, { description: 'zh-CN words for the ground' })
  groundLabel(@Root() violation: LawyerViolation): string {
    return translate(`lawyerConduct.violation.${violation.ground}` as MessageKey);
  }
}

@Resolver(() => ComplaintContact)
export class ComplaintContactFields {
  @FieldResolver(() => String, { description: 'zh-CN words for the organ kind' })
  organLabel(@Root() contact: ComplaintContact): string {
    return translate(`lawyerConduct.organ.${contact.organ}` as MessageKey);
  }
}
