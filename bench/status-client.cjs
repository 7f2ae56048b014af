// autocannon's setupClient for bench/web-load.mjs. A file, since autocannon's worker threads require
// it: each connection asks for the status page of one case, the codes taken in turn from the JSON
// list LOKET_LOAD_CODES names.
const { readFileSync } = require('node:fs');
const { threadId } = require('node:worker_threads');

const codes = JSON.parse(readFileSync(process.env.LOKET_LOAD_CODES, 'utf8'));
// Each thread starts elsewhere in the list: the threads' connections ask for different cases.
let next = threadId * 100;

module.exports = function setupClient(client) {
  // setRequests, not setRequest: that one sets the first request only, and every later one asked for /.
  client.setRequests([{ method: 'GET', path: `/status/${codes[next++ % codes.length]}`, headers: { 'accept-language': 'id' } }]);
};
