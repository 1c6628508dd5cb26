// An uncaught error ends the program with status 1: 'exit' listeners
// still run, with code 1 (and process.exitCode is 1 then).
process.on('exit', (code) => print('exit', code, process.exitCode));
print('start');
setTimeout(() => { throw new TypeError('from a timer'); });
// expect: start
// expect: exit 1 1
// expect error: TypeError: from a timer
