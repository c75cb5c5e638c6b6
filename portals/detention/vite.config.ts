import { portalConfig } from '../ui/vite.ts';

export default portalConfig('/detention/');
