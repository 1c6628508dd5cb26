// await calls then on thenables in a later job
const log = [];
const th = { then(res) { log.push('then called'); res('thenable value'); } };
(async () => { log.push('start'); const v = await th; log.push(v); print(log.join()); })(); // expect: start,after call,then called,thenable value
log.push('af