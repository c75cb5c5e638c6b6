/** An application's status as a tag colour (the theme darkens Element Plus's colours to 4.5:1). */
export const STATUS_TAG: Record<string, 'success' | 'danger' | 'warning' | 'info' | 'primary'> = {
  APPROVED: 'success',
  MET: 'success',
  REJECTED: 'danger',
  TERMINATED: 'danger',
  STOPPED: 'danger',
  SUBMITTED: 'warning',
  INTERRUPTED: 'warning',
  SUSPENDED: 'warning',
};
