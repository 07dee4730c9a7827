// The worker's rarely needed half, built as a script of its own (see vite/worker-on-demand.ts):
// the share target, the background check and notification clicks bring Dexie, the alert engine
// and three catalogs, nine tenths of the worker's code. The worker imports this script only when
// one of them is needed, so that a start, which only needs the precache, does not load it.
import { runDueCheck } from './due-check';
import { handleNotificationClick } from './notification-click';
import { ON_DEMAND_GLOBAL, type OnDemandHandlers } from './on-demand-handlers';
import { receiveShare } from './share-target';

const handlers: OnDemandHandlers = { receiveShare, runDueCheck, handleNotificationClick };
Object.assign(self, { [ON_DEMAND_GLOBAL]: handlers });
