// the executor runs synchronously
const log = [];
new Promise(() => log.push('executor'));
log.push('after');
print(log.join()); // expect: executor,after
