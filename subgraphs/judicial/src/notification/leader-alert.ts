import { requireStaff, type EntityManager, type SubgraphContext } from '@rv/kit';
import {
  StaffRole,
  TenantKind,
  chinaMinute,
  clock,
  invalid,
  isValidMobile,
  translateKeyed,
  type KeyedText,
  type LawyerDeadlineAlert,
  type OutboxEvent,
} from '@rv/schema';
import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Account } from '../account/account.entity.js';
import { SmsMessage } from './sms-message.entity.js';

/**
 * CQ-3 / CQ-1: a detention centre's deadline is near or has passed (detention's `lawyer_deadline.alert`):
 * each of the centre's leaders (its active supervisors with a mobile on file) gets an SMS through the
 * one SMS outbox. The consumer's inbox makes a redelivered alert send nothing twice. No application is
 * named, so no family-side SMS log lists it.
 */
export async function textCentreLeaders(em: EntityManager, event: OutboxEvent<LawyerDeadlineAlert>): Promise<void> {
  const alert = event.payload;
  const leaders = await em.find(Account, {
    tenantKind: TenantKind.DETENTION_CENTRE,
    tenantId: alert.centreId,
    roles: { $contains: [StaffRole.SUPERVISOR] },
    active: true,
    phone: { $ne: null },
  });
  const text: KeyedText = {
    key: `lawyer.leaderSms.${alert.deadline}.${alert.stage}`,
    params: { due: chinaMinute(new Date(alert.dueAt)).replace('T', ' '), rule: alert.rule },
  } as KeyedText;
  for (const leader of leaders) {
    em.create(SmsMessage, {
      applicationId: null,
      venueId: null,
      phone: leader.phone!,
      kind: `staff.cq.${alert.deadline === 'ARRANGEMENT' ? 'arrange' : 'help'}.${alert.stage === 'OVERDUE' ? 'overdue' : 'soon'}`,
      body: translateKeyed(text, 'zh-CN'),
      messageKey: text.key,
      params: text.params ?? {},
      createdAt: clock.now(),
    } as SmsMessage);
  }
  await em.flush();
}

@Resolver()
export class LeaderAlertResolver {
  @Mutation(() => Account, { description: 'CQ-3 / CQ-1: a detention centre’s leader records the mobile its deadline alerts are texted to (empty: none)' })
  async setMyAlertPhone(@Ctx() ctx: SubgraphContext, @Arg('phone') phone: string): Promise<Account> {
    requireStaff(ctx.identity, [TenantKind.DETENTION_CENTRE], [StaffRole.SUPERVISOR]);
    const value = phone.trim();
    if (value && !isValidMobile(value)) throw invalid('account.badPhone', {}, 'phone');
    const account = await ctx.em.findOneOrFail(Account, { id: ctx.identity.accountId });
    account.phone = value || null;
    await ctx.em.flush();
    return account;
  }
}
