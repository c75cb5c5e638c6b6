import { RELATION_LABELS, monthlyAllowance, rulePack } from '@rv/schema';
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

function arrangement(packCode: string, context: FormContext): string[] {
  const pack = rulePack(packCode);
  const when = context.serviceDate ? `${context.serviceDate}${context.meetingTime ? ` ${context.meetingTime}` : ''}` : '待安排';
  return [
    `时间安排：${when}`,
    `每月准许次数：${monthlyAllowance(pack, context.treatmentLevel)}次`,
    `每次会见时间：${pack.limits.minutesPerMeeting}分钟`,
  ];
}

/** YN Form 1 (远程视频会见申请表一): an inmate's request, with the prison's arrangement. */
export function form1(request: InmateRequest, context: FormContext): PrintableForm {
  return Object.assign(new PrintableForm(), {
    title: '远程视频会见申请表一',
    subtitle: '（本表适用于罪犯申请）',
    lines: [
      `申请事由：${request.reason}`,
      `申请人：${request.inmateName}　申请时间：${request.requestedAt.toISOString().slice(0, 10)}`,
      ...request.relatives.map((relative, i) =>
        `${i + 1}. ${relative.name}　关系：${RELATION_LABELS[relative.relation]}　身份证号：${relative.idNumber}　家庭住址：${relative.address}　联系电话：${relative.phone}`),
      `所在监狱：${context.institutionName}${context.ward !== null ? `　所在监区：第${context.ward}监区` : ''}`,
      ...arrangement(request.rulePack, context),
      `地点安排：${context.institutionName}远程视频会见室`,
      `监狱意见：${request.status === 'REJECTED' ? `不予安排（${request.rejectionReason}）` : request.decidedAt ? '同意安排' : '待审批'}`,
    ],
  });
}

/** YN Form 2 (远程视频会见申请表二): a family's request; the subject's name comes from the institution (federation). */
export function form2(application: Application, applicantName: string, context: FormContext): PrintableForm {
  return Object.assign(new PrintableForm(), {
    title: '远程视频会见申请表二',
    subtitle: '（本表适用于亲属、监护人和其他按规定允许会见的人员申请）',
    lines: [
      `申请事由：为方便会见帮教，特申请与在${context.institutionName}${context.ward !== null ? `第${context.ward}监区` : ''}服刑的会见对象进行远程视频会见${application.reason ? `（${application.reason}）` : ''}`,
      `申请人：${applicantName}　申请时间：${application.submittedAt.toISOString().slice(0, 10)}　申请编号：${application.number}`,
      ...application.visitors.map((visitor, i) => `${i + 1}. ${visitor.name}　关系：${RELATION_LABELS[visitor.relation]}　身份证号：${visitor.idNumber}`),
      ...arrangement(application.rulePack, context),
      `地点安排：${context.venueName ?? ''}视频会见室`,
    ],
  });
}
