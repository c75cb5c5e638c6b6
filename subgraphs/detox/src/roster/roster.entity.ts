import { Entity } from '@mikro-orm/decorators/legacy';
import { CustodyChangeBase, RosterImportBase } from '@rv/kit';

/** A detox centre's roster import (file or sync batch). */
@Entity({ schema: 'detox', tableName: 'roster_import' })
export class DetaineeRosterImport extends RosterImportBase {}

/** A dated custody change of a detainee (append-only). */
@Entity({ schema: 'detox', tableName: 'custody_change' })
export class DetaineeCustodyChange extends CustodyChangeBase {}
