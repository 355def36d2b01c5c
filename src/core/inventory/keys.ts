/** Keep in step with `processShape` and with `isWellFormedInventory`. */
export const PROCESS_KEYS = ['id', 'name', 'function', 'answers', 'answers_by', 'metrics', 'merged_from', 'volume', 'cost'];
export const INVENTORY_KEYS = ['$schema', 'organisation', 'currency', 'rates', 'processes'];
