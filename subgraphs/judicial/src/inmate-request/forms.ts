import { RELATION_LABELS, monthlyAllowance, rulePack, translate, type MessageParams } from '@rv/schema';
import { keyedWords } from '@rv/kit';
import { Field, ObjectType } from 'type-graphql';
import type { Application } from '../application/application.entity.js';
import type { InmateRequest } from './inmate-request.entity.js';

/** A form to print and file: a title, the form's own subtitle, and its filled-in lines. */
@ObjectType({ description: '可打印的申请表 A printable form, filled in from the data' })
export class PrintableForm {
  @Field()
  title!: string;

  @Field()
  subtitle!: string;

  @Field(() => [String])
  lines!: string[];
}

export interface FormContext {
  institutionName: string;
  ward: number | null;
  venueName: string | null;
  serviceDate: string | null;
  meetingTime: string | null;
  treatmentLevel: 'LENIENT' | 'ORDINARY' | 'STRICT';
}

/** The forms are printed in the catalogue's words (zh-CN, the language of the YN annex). */
const say = (key: string, params: MessageParams = {}) => translate(key, params);

function arrangement(packCode: string, context: FormContext): string[] {
  const pack = rulePack(packCode);
  const when = context.serviceDate ? `${context.serviceDate}${context.meetingTime ? ` ${context.meetingTime}` : ''}` : say('booking.form.pending');
  return [
    say('booking.form.when', { when }),
    say('booking.form.perMonth', { count: monthlyAllowance(pack, context.treatmentLevel) }),
    say('booking.form.minutes', { minutes: pack.limits.minutesPerMeeting }),
  ];
}

/** YN Form 1 (远程视频会见申请表一): an inmate's request, with the prison's arrangement. */
export function form1(request: InmateRequest, context: FormContext): PrintableForm {
  const prison = context.institutionName;
  const opinion =
    request.status === 'REJECTED'
      ? say('booking.form.form1Rejected', { reason: keyedWords(request.rejectionKey, request.rejectionParams, 'zh-CN') ?? '' })
      : say(request.decidedAt ? 'booking.form.form1Approved' : 'booking.form.form1Waiting');
  return Object.assign(new PrintableForm(), {
    title: say('booking.form.form1Title'),
    subtitle: say('booking.form.form1Subtitle'),
    lines: [
      say('booking.form.reason', { reason: request.reason }),
      say('booking.form.form1Applicant', { name: request.inmateName, date: request.requestedAt.toISOString().slice(0, 10) }),
      ...request.relatives.map((relative, i) =>
        say('booking.form.form1Relative', {
          n: i + 1,
          name: relative.name,
          relation: RELATION_LABELS[relative.relation],
          idNumber: relative.idNumber,
          address: relative.address,
          phone: relative.phone,
        }),
      ),
      context.ward !== null ? say('booking.form.form1PrisonWard', { prison, ward: context.ward }) : say('booking.form.form1Prison', { prison }),
      ...arrangement(request.rulePack, context),
      say('booking.form.form1Place', { prison }),
      opinion,
    ],
  });
}

/** YN Form 2 (远程视频会见申请表二): a family's request; the subject's name comes from the institution (federation). */
export function form2(application: Application, applicantName: string, context: FormContext): PrintableForm {
  const place = `${context.institutionName}${context.ward !== null ? say('booking.form.ward', { ward: context.ward }) : ''}`;
  return Object.assign(new PrintableForm(), {
    title: say('booking.form.form2Title'),
    subtitle: say('booking.form.form2Subtitle'),
    lines: [
      say('booking.form.form2Reason', { place, aside: application.reason ? say('booking.form.aside', { text: application.reason }) : '' }),
      say('booking.form.form2Applicant', { name: applicantName, date: application.submittedAt.toISOString().slice(0, 10), number: application.number }),
      ...application.visitors.map((visitor, i) =>
        say('booking.form.form2Visitor', { n: i + 1, name: visitor.name, relation: RELATION_LABELS[visitor.relation], idNumber: visitor.idNumber }),
      ),
      ...arrangement(application.rulePack, context),
      say('booking.form.form2Place', { venue: context.venueName ?? '' }),
    ],
  });
}
