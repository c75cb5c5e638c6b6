import { reasonLabel, translate, type EligibilityFinding, type RejectionReason, type RulePack } from '@rv/schema';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';

/** Whom a rejection reason is about: the subject (GD-24 inmate, GD-25 detainee) or a visitor (GD-23). */
export enum ReasonAbout {
  SUBJECT = 'SUBJECT',
  VISITOR = 'VISITOR',
}
registerEnumType(ReasonAbout, { name: 'ReasonAbout', description: 'Whom a rejection reason is about (GD-23 visitor; GD-24, GD-25 subject)' });

/** A reason the subject cannot meet, found automatically from custody status; shared by prison and detox. */
@Directive('@shareable')
@ObjectType('EligibilityFinding', { description: 'A reason the subject cannot meet, found automatically' })
export class EligibilityFindingType {
  @Field()
  code!: string;

  @Field({ description: 'The reason in zh-CN; portals translate labelKey' })
  label!: string;

  @Field({ description: 'Catalogue key of the reason (issue 14)' })
  labelKey!: string;

  @Field({ description: 'Rule ID, e.g. GD-24' })
  rule!: string;

  @Field({ description: 'What was found, in zh-CN; portals translate detailKey with detailParams' })
  detail!: string;

  @Field({ description: 'Catalogue key of what was found (issue 14)' })
  detailKey!: string;

  @Field({ description: 'Parameters of detailKey, as a JSON object' })
  detailParams!: string;
}

/** One of the pack's rejection reasons a reviewer may give (GD-23…GD-25, YN-15, SX-9); shared by prison and detox. */
@Directive('@shareable')
@ObjectType('RejectionReasonOption', { description: 'A rejection reason of the case’s rule pack' })
export class RejectionReasonOption {
  @Field()
  code!: string;

  @Field({ description: 'The reason in zh-CN; portals translate labelKey' })
  label!: string;

  @Field({ description: 'Catalogue key of the reason (issue 14)' })
  labelKey!: string;

  @Field({ description: 'Rule ID, e.g. GD-23' })
  rule!: string;

  @Field(() => ReasonAbout)
  about!: ReasonAbout;

  @Field({ description: '“Other”: a written reason is required' })
  needsText!: boolean;
}

const option = (about: ReasonAbout) => (reason: RejectionReason) =>
  Object.assign(new RejectionReasonOption(), {
    code: reason.code,
    label: reasonLabel(reason),
    labelKey: reason.labelKey,
    rule: reason.rule,
    about,
    needsText: reason.needsText ?? false,
  });

/** A finding as the API shows it: label and detail in zh-CN (the default language) from their keys. */
export const findingType = ({ reason, detailKey, params }: EligibilityFinding): EligibilityFindingType =>
  Object.assign(new EligibilityFindingType(), {
    code: reason.code,
    label: reasonLabel(reason),
    labelKey: reason.labelKey,
    rule: reason.rule,
    detail: translate(detailKey, params),
    detailKey,
    detailParams: JSON.stringify(params),
  });

/** A pack's rejection reasons for a kind of subject: about the subject first, then about a visitor. */
export function rejectionOptions(pack: RulePack, subjectKind: 'inmate' | 'detainee'): RejectionReasonOption[] {
  return [...subjectRejectionOptions(pack, subjectKind), ...visitorRejectionOptions(pack)];
}

/** The reasons about the person in custody only (YN-9: what a prison may refuse an inmate's own request for). */
export function subjectRejectionOptions(pack: RulePack, subjectKind: 'inmate' | 'detainee'): RejectionReasonOption[] {
  return pack.rejectionReasons[subjectKind].map(option(ReasonAbout.SUBJECT));
}

/** The reasons about a visitor only (YN-8: what a county bureau's review may reject for). */
export function visitorRejectionOptions(pack: RulePack): RejectionReasonOption[] {
  return pack.rejectionReasons.visitor.map(option(ReasonAbout.VISITOR));
}
